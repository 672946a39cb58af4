// kill -9 a worker in the middle of a review: its job lock expires, BullMQ's stalled-job recovery hands the job to
// another worker, which resumes the same check run and completes it; nothing is commented twice. The workers are
// the real `node dist/src/server.js` (SENTINEL_ROLE=worker) in child processes, throttling shared through Redis.
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkRunsOn, openPullRequest, userFor } from '../../tools/simulator/index.js';
import { pullRequestPayload } from '../../tools/simulator/webhook-payloads.js';
import { builtServer } from './child-server.js';
import { eventually, startFleet, type Fleet } from './fleet-env.js';
import { startRedis, type RedisHandle } from './redis-server.js';
import { REDIS_AVAILABLE } from './skip-without-redis.js';

const RISKY =
  'import subprocess\nfrom flask import request\n\ndef run():\n    subprocess.run("ls " + request.args["d"], shell=True)\n';

let redis: RedisHandle;
let fleet: Fleet;
let server: string;
const children: ChildProcess[] = [];
const output: string[] = [];

beforeAll(async () => {
  if (!REDIS_AVAILABLE) return;
  server = await builtServer();
  redis = await startRedis();
  fleet = await startFleet(redis.url);
}, 180_000);

afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  await fleet?.close();
  await redis?.stop();
});

function startWorker(name: string): ChildProcess {
  const child = spawn(process.execPath, [server], {
    env: {
      ...process.env,
      ...fleet.env,
      SENTINEL_ROLE: 'worker',
      FLEET_LOCK_MS: '3000',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => output.push(`[${name}] ${chunk.toString()}`));
  child.stderr?.on('data', (chunk: Buffer) => output.push(`[${name}] ${chunk.toString()}`));
  children.push(child);
  return child;
}

describe.skipIf(!REDIS_AVAILABLE)('a worker killed mid-review', () => {
  it('another worker finishes it: one check run, completed; one review, no duplicate comment', async () => {
    const web = await fleet.start('web');
    const pull = openPullRequest(fleet.sim, {
      repo: fleet.repo,
      branch: 'crash',
      changes: { 'app.py': RISKY },
      author: 'wes',
    });
    const reviewed = fleet.sim.state.headSha(pull);
    const first = startWorker('A');
    // Worker A has started the check run and is reading the files when it is killed.
    let release: () => void = () => undefined;
    let reached = false;
    fleet.sim.faults.beforeNext(
      'pulls/list-files',
      () =>
        new Promise<void>((resolve) => {
          reached = true;
          release = resolve;
        }),
    );
    expect(
      (
        await fleet.deliverTo(
          web,
          'pull_request',
          pullRequestPayload(fleet.sim.payloadContext, pull, 'opened', userFor('wes')),
        )
      ).status,
    ).toBe(200);
    await eventually(() => reached, 30_000, 'worker A to reach the file list').catch((e) => {
      throw new Error(`${e}\n${output.join('')}`);
    });
    expect(checkRunsOn(fleet.sim, reviewed).map((r) => r.status)).toEqual(['in_progress']);
    first.kill('SIGKILL');
    await new Promise((resolve) => first.once('exit', resolve));
    release();

    startWorker('B');
    const check = await eventually(
      () => checkRunsOn(fleet.sim, reviewed).find((r) => r.status === 'completed'),
      45_000,
      'worker B to complete the check',
    ).catch((e) => {
      throw new Error(`${e}\n${output.join('')}`);
    });
    expect(check.conclusion).toBe('failure');
    expect(checkRunsOn(fleet.sim, reviewed)).toHaveLength(1); // resumed, not a second run
    const comments = fleet.sim.state.reviewComments.filter((c) => c.prNumber === pull.number);
    expect(comments.length).toBeGreaterThan(0);
    expect(new Set(comments.map((c) => `${c.path}:${c.line}`)).size).toBe(comments.length);
    expect(fleet.sim.state.reviews.filter((r) => r.prNumber === pull.number)).toHaveLength(1);
  }, 120_000);
});
