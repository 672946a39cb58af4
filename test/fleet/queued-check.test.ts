// The web tier creates the check run `queued` right after answering the webhook, and the worker adopts it: one run
// per commit, whether that create succeeds, fails or hangs (GitHub making it late), and a waiting job replaced by a
// newer push leaves no queued run behind on the older commit.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkRunsOn, openPullRequest, userFor, type SimPullRequest } from '../../tools/simulator/index.js';
import { pullRequestPayload } from '../../tools/simulator/webhook-payloads.js';
import { eventually, startFleet, type Fleet } from './fleet-env.js';
import { startRedis, type RedisHandle } from './redis-server.js';
import { REDIS_AVAILABLE } from './skip-without-redis.js';

const RISKY =
  'import subprocess\nfrom flask import request\n\ndef run():\n    subprocess.run("ls " + request.args["d"], shell=True)\n';

let redis: RedisHandle;
let fleet: Fleet | undefined;

beforeAll(async () => {
  if (REDIS_AVAILABLE) redis = await startRedis();
});
afterAll(async () => {
  await redis?.stop();
});
afterEach(async () => {
  await fleet?.close();
  fleet = undefined;
});

function open(f: Fleet, branch: string): SimPullRequest {
  return openPullRequest(f.sim, { repo: f.repo, branch, changes: { 'app.py': RISKY }, author: 'wes' });
}

function push(f: Fleet, pull: SimPullRequest, n: number): Record<string, unknown> {
  const before = f.sim.state.headSha(pull);
  f.sim.state.commit(
    f.sim.state.repo(pull.headRepo)!,
    pull.headRef,
    { 'app.py': `${RISKY}# ${n}\n` },
    `push ${n}`,
    pull.user,
  );
  return pullRequestPayload(f.sim.payloadContext, pull, 'synchronize', userFor('wes'), before);
}

describe.skipIf(!REDIS_AVAILABLE)('the queued check run', () => {
  it('is created by the web tier before any worker runs, and the worker adopts it: one run', async () => {
    fleet = await startFleet(redis.url);
    const web = await fleet.start('web');
    const pull = open(fleet, 'queued');
    const sha = fleet.sim.state.headSha(pull);
    const answer = await fleet.deliverTo(
      web,
      'pull_request',
      pullRequestPayload(fleet.sim.payloadContext, pull, 'opened', userFor('wes')),
    );
    expect(answer.status).toBe(200);
    const queued = await eventually(() => checkRunsOn(fleet!.sim, sha)[0], 10_000, 'the queued check');
    expect(queued.status).toBe('queued');
    await fleet.start('worker');
    const done = await eventually(
      () => checkRunsOn(fleet!.sim, sha).find((r) => r.status === 'completed'),
      30_000,
      'the completed check',
    );
    expect(done.id).toBe(queued.id);
    expect(done.conclusion).toBe('failure');
    expect(checkRunsOn(fleet.sim, sha)).toHaveLength(1);
  }, 45_000);

  it('a 500 or a hang on that create: the worker creates the run, never a second one', async () => {
    fleet = await startFleet(redis.url);
    const all = await fleet.start('all', { env: { GITHUB_REQUEST_TIMEOUT_MS: '1500' } });
    fleet.sim.faults.failNext('checks/create', 500, 1);
    const failed = open(fleet, 'fails');
    await fleet.deliverTo(
      all,
      'pull_request',
      pullRequestPayload(fleet.sim.payloadContext, failed, 'opened', userFor('wes')),
    );
    const first = await eventually(
      () => checkRunsOn(fleet!.sim, fleet!.sim.state.headSha(failed)).find((r) => r.status === 'completed'),
      30_000,
      'the check after a 500',
    );
    expect(first.conclusion).toBe('failure');

    // GitHub answers the create only after the web tier gave up on it (and makes the run anyway).
    fleet.sim.faults.beforeNext('checks/create', () => new Promise((resolve) => setTimeout(resolve, 3000)));
    const hung = open(fleet, 'hangs');
    await fleet.deliverTo(
      all,
      'pull_request',
      pullRequestPayload(fleet.sim.payloadContext, hung, 'opened', userFor('wes')),
    );
    const second = await eventually(
      () => checkRunsOn(fleet!.sim, fleet!.sim.state.headSha(hung)).find((r) => r.status === 'completed'),
      30_000,
      'the check after a hang',
    );
    expect(second.conclusion).toBe('failure');
    await new Promise((resolve) => setTimeout(resolve, 3500));
    for (const pull of [failed, hung]) expect(checkRunsOn(fleet.sim, fleet.sim.state.headSha(pull))).toHaveLength(1);
  }, 60_000);

  it('a waiting job replaced by a newer push: the older commit queued run completes neutral, superseded', async () => {
    fleet = await startFleet(redis.url);
    const web = await fleet.start('web');
    const pull = open(fleet, 'pushed');
    const older = fleet.sim.state.headSha(pull);
    await fleet.deliverTo(
      web,
      'pull_request',
      pullRequestPayload(fleet.sim.payloadContext, pull, 'opened', userFor('wes')),
    );
    await eventually(() => checkRunsOn(fleet!.sim, older)[0], 10_000, 'the first queued check');
    await fleet.deliverTo(web, 'pull_request', push(fleet, pull, 1));
    const head = fleet.sim.state.headSha(pull);
    await eventually(() => checkRunsOn(fleet!.sim, head)[0], 10_000, 'the second queued check');
    await fleet.start('worker');
    const superseded = await eventually(
      () => checkRunsOn(fleet!.sim, older).find((r) => r.status === 'completed'),
      30_000,
      'the older commit check',
    );
    expect(superseded.conclusion).toBe('neutral');
    expect(superseded.output.title + superseded.output.summary).toContain(head.slice(0, 7));
    await eventually(
      () => checkRunsOn(fleet!.sim, head).find((r) => r.status === 'completed'),
      30_000,
      'the head check',
    );
    expect(checkRunsOn(fleet.sim, older)).toHaveLength(1);
    expect(checkRunsOn(fleet.sim, head)).toHaveLength(1);
  }, 60_000);
});
