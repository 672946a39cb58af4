// Load through the fleet: P pull requests × N pushes, round-robin over 2 web replicas (each its own process, the
// compiled server.js with SENTINEL_ROLE=web), reviewed by 3 workers (in this process) on one Redis. Every head must end with exactly one completed check on its latest SHA, no check left open, no
// duplicate comment. Small in the suite; `npm run load` runs 100 × 5 (SENTINEL_LOAD_PRS / SENTINEL_LOAD_PUSHES).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkRunsOn, openPullRequest, userFor, type SimPullRequest } from '../../tools/simulator/index.js';
import { pullRequestPayload } from '../../tools/simulator/webhook-payloads.js';
import { eventually, startFleet, type Fleet } from './fleet-env.js';
import { builtServer, startChildServer, type ChildServer } from './child-server.js';
import { startRedis, type RedisHandle } from './redis-server.js';
import { REDIS_AVAILABLE } from './skip-without-redis.js';
import { eventLoopDelay, percentileBound, webhookAnswers } from './webhook-answers.js';

const PRS = Number(process.env.SENTINEL_LOAD_PRS ?? 12);
const PUSHES = Number(process.env.SENTINEL_LOAD_PUSHES ?? 3);
// SENTINEL_LOAD_WORKERS_LATE=1: the workers start once every delivery is answered, so the acknowledgement figures are
// the web tier's alone (as when workers run on other machines), not the web tier sharing two cores with analysis.
const WORKERS_LATE = process.env.SENTINEL_LOAD_WORKERS_LATE === '1';

let redis: RedisHandle;
let fleet: Fleet;
let webs: ChildServer[] = [];

beforeAll(async () => {
  if (!REDIS_AVAILABLE) return;
  const server = await builtServer();
  redis = await startRedis();
  fleet = await startFleet(redis.url);
  webs = await Promise.all(
    [1, 2].map((n) => startChildServer(server, { ...fleet.env, SENTINEL_ROLE: 'web', LOG_LEVEL: 'warn' }, `web${n}`)),
  );
  fleet.sim.webhookUrl = `${webs[0]!.url}/api/github/webhooks`;
}, 180_000);
afterAll(async () => {
  for (const web of webs) web.child.kill('SIGTERM');
  await fleet?.close();
  await redis?.stop();
});

/** Runs `work(0 … count-1)` with at most `limit` at once. */
async function pool(count: number, limit: number, work: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, count) }, async () => {
      while (next < count) await work(next++);
    }),
  );
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

function source(pr: number, push: number): string {
  return `import subprocess\nfrom flask import request\n\ndef run_${pr}_${push}():\n    subprocess.run("ls " + request.args["d${push}"], shell=True)\n`;
}

describe.skipIf(!REDIS_AVAILABLE)(`load: ${PRS} pull requests × ${PUSHES} pushes, 2 web + 3 workers`, () => {
  it('every head ends with one completed check on its latest SHA: 0 lost, 0 duplicate, nothing left open', async () => {
    const workers: Awaited<ReturnType<Fleet['start']>>[] = [];
    const startWorkers = async () => {
      for (let i = 0; i < 3; i++) workers.push(await fleet.start('worker', { fleet: { sweep: { intervalMs: 5000 } } }));
    };
    if (!WORKERS_LATE) await startWorkers();
    const heapBefore = process.memoryUsage().heapUsed;
    const acks: number[] = [];
    const lastDeliveredAt = new Map<number, number>();
    let sent = 0;
    const started = performance.now();
    const pulls: SimPullRequest[] = [];
    let redelivered = 0;
    // GitHub redelivers a delivery whose connection failed (same id: the web tier acts on it once).
    const deliver = async (payload: Record<string, unknown>) => {
      const target = webs[sent++ % webs.length]!;
      const id = randomUUID();
      try {
        return await fleet.deliverTo(target, 'pull_request', payload, id);
      } catch {
        redelivered++;
        return fleet.deliverTo(target, 'pull_request', payload, id);
      }
    };
    await pool(PRS, 20, async (pr) => {
      const pull = openPullRequest(fleet.sim, {
        repo: fleet.repo,
        branch: `load-${pr}`,
        changes: { [`app_${pr}.py`]: source(pr, 0) },
        author: 'wes',
      });
      pulls.push(pull);
      for (let push = 0; push < PUSHES; push++) {
        let action = 'opened';
        let before: string | undefined;
        if (push > 0) {
          before = fleet.sim.state.headSha(pull);
          fleet.sim.state.commit(
            fleet.sim.state.repo(pull.headRepo)!,
            pull.headRef,
            { [`app_${pr}.py`]: source(pr, push) },
            `push ${push}`,
            pull.user,
          );
          action = 'synchronize';
        }
        const payload = pullRequestPayload(fleet.sim.payloadContext, pull, action, userFor('wes'), before);
        const delivery = await deliver(payload);
        expect(delivery.status).toBe(200);
        acks.push(delivery.durationMs);
        lastDeliveredAt.set(pull.number, Date.now());
      }
    });
    const sendSeconds = (performance.now() - started) / 1000;
    // The loop delay first: every scrape starts its measure afresh (the answer histogram is cumulative).
    const loop = await eventLoopDelay(webs.map((web) => web.url));
    const answered = await webhookAnswers(webs.map((web) => web.url));
    expect(answered.count).toBeGreaterThanOrEqual(acks.length);
    if (WORKERS_LATE) await startWorkers();

    const doneAt = new Map<number, number>();
    await eventually(
      () => {
        for (const pull of pulls) {
          if (doneAt.has(pull.number)) continue;
          const run = checkRunsOn(fleet.sim, fleet.sim.state.headSha(pull)).find((r) => r.status === 'completed');
          if (run) doneAt.set(pull.number, Date.parse(run.completedAt!));
        }
        return doneAt.size === pulls.length;
      },
      600_000,
      'a completed check on every head',
    );
    await workers[0]!.handle.idle();
    await fleet.sim.settled();
    await workers[0]!.handle.idle();

    const open = fleet.sim.state.checkRuns.filter((r) => r.status !== 'completed');
    expect(open.map((r) => `${r.headSha.slice(0, 7)} ${r.status}`)).toEqual([]);
    for (const pull of pulls) {
      const onHead = checkRunsOn(fleet.sim, fleet.sim.state.headSha(pull));
      expect(
        onHead.map((r) => r.status),
        `PR #${pull.number}`,
      ).toEqual(['completed']);
      const comments = fleet.sim.state.reviewComments
        .filter((c) => c.prNumber === pull.number)
        .map((c) => `${c.path}:${c.line}:${c.body}`);
      expect(new Set(comments).size, `duplicate comments on PR #${pull.number}`).toBe(comments.length);
    }
    for (const sha of new Set(fleet.sim.state.checkRuns.map((r) => r.headSha)))
      expect(checkRunsOn(fleet.sim, sha).length, sha).toBe(1);
    expect(fleet.sim.violations).toEqual([]);
    const toCheck = pulls.map((p) => doneAt.get(p.number)! - lastDeliveredAt.get(p.number)!);
    const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
    console.log(
      [
        `load: ${PRS} PRs × ${PUSHES} pushes = ${acks.length} deliveries through 2 web + 3 workers${WORKERS_LATE ? ' (workers started after the last answer)' : ''}`,
        `  deliveries/s: ${(acks.length / sendSeconds).toFixed(1)} (sent in ${sendSeconds.toFixed(1)} s, 20 pull requests at a time; ${redelivered} redelivered after a connection error)`,
        `  ack latency seen by the sender: p50 ${percentile(acks, 50).toFixed(1)} ms, p99 ${percentile(acks, 99).toFixed(1)} ms`,
        `  ack latency inside the web tier (/metrics): p50 ${percentileBound(answered, 50)}, p99 ${percentileBound(answered, 99)}, ${((answered.within.get(0.1) ?? 0) * 100).toFixed(1)}% within 100 ms`,
        `  web event loop delay during the load: p99 ${loop.p99Ms.toFixed(1)} ms, max ${loop.maxMs.toFixed(1)} ms`,
        `  last delivery → completed check on the head: p50 ${percentile(toCheck, 50)} ms, p99 ${percentile(toCheck, 99)} ms`,
        `  check runs: ${fleet.sim.state.checkRuns.length} (${fleet.sim.state.checkRuns.filter((r) => r.conclusion === 'neutral').length} neutral/superseded), reviews: ${fleet.sim.state.reviews.length}, heap growth ${heapMb.toFixed(0)} MB`,
      ].join('\n'),
    );
  }, 900_000);
});
