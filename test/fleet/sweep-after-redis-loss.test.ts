// Redis lost (FLUSHALL) with a check queued on a commit that a later push superseded: no slot or job remembers it,
// so the deep sweep at start-up reads the open pull request's older commits on GitHub and completes it neutral.
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkRunsOn, openPullRequest, userFor } from '../../tools/simulator/index.js';
import { pullRequestPayload } from '../../tools/simulator/webhook-payloads.js';
import { eventually, startFleet, type Fleet } from './fleet-env.js';
import { startRedis, type RedisHandle } from './redis-server.js';
import { REDIS_AVAILABLE } from './skip-without-redis.js';

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

describe.skipIf(!REDIS_AVAILABLE)('the check sweep after Redis is lost', () => {
  it("completes an older commit's queued check neutral and reviews the head", async () => {
    fleet = await startFleet(redis.url);
    const web = await fleet.start('web');
    const pull = openPullRequest(fleet.sim, {
      repo: fleet.repo,
      branch: 'lost',
      changes: { 'ok.py': 'print(1)\n' },
      author: 'wes',
    });
    const older = fleet.sim.state.headSha(pull);
    await fleet.deliverTo(
      web,
      'pull_request',
      pullRequestPayload(fleet.sim.payloadContext, pull, 'opened', userFor('wes')),
    );
    await eventually(() => checkRunsOn(fleet!.sim, older)[0], 10_000, 'the queued check');
    const client = new Redis(redis.url);
    await client.flushall();
    await client.quit();
    // The push while Redis was away: its delivery never reached a queue (GitHub does not redeliver by itself).
    fleet.sim.state.commit(
      fleet.sim.state.repo(pull.headRepo)!,
      pull.headRef,
      { 'ok.py': 'print(2)\n' },
      'push',
      pull.user,
    );
    const head = fleet.sim.state.headSha(pull);
    await fleet.start('worker', { fleet: { sweep: { intervalMs: 500, graceMs: 0, firstDelayMs: 100 } } });
    const superseded = await eventually(
      () => checkRunsOn(fleet!.sim, older).find((r) => r.status === 'completed'),
      20_000,
      'the older commit check',
    );
    expect(superseded.conclusion).toBe('neutral');
    expect(superseded.output.title).toContain(head.slice(0, 7));
    await eventually(
      () => checkRunsOn(fleet!.sim, head).find((r) => r.status === 'completed'),
      20_000,
      'the head check',
    );
    expect(checkRunsOn(fleet.sim, older)).toHaveLength(1);
    expect(checkRunsOn(fleet.sim, head)).toHaveLength(1);
  }, 45_000);
});
