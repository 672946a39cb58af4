// The per-commit check slots, in memory and in a real Redis: the same transitions either way. A slot is freed once
// its check is completed, so a second review of the same commit (reopened, a new delivery) gets a check of its own.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisCheckSlots } from '../../src/fleet/redis-check-slots.js';
import { MemoryCheckSlots, type CheckSlots } from '../../src/review/check-slots.js';
import { startRedis, type RedisHandle } from './redis-server.js';
import { REDIS_AVAILABLE } from './skip-without-redis.js';

function behavesAsSlots(make: () => CheckSlots) {
  it('queued → taken → freed once completed; a freed commit can be reserved again', async () => {
    const slots = make();
    expect(await slots.reserve('pr', 'a', 1)).toBe(true);
    expect(await slots.reserve('pr', 'a', 2)).toBe(false);
    await slots.queued('pr', 'a', 7);
    expect(await slots.take('pr', 'a')).toEqual({ state: 'check', id: 7 });
    await slots.finished('pr', 'a', 7);
    expect(await slots.take('pr', 'a')).toEqual({ state: 'none' });
    expect(await slots.reserve('pr', 'a', 3)).toBe(true);
  });

  it('does not free a slot another review of the commit holds now', async () => {
    const slots = make();
    await slots.started('pr2', 'b', 8);
    await slots.finished('pr2', 'b', 5);
    expect(await slots.take('pr2', 'b')).toEqual({ state: 'check', id: 8 });
  });

  it("supersedes only other commits' queued checks that no job took", async () => {
    const slots = make();
    await slots.queued('pr3', 'old', 1);
    await slots.started('pr3', 'running', 2);
    await slots.queued('pr3', 'head', 3);
    expect(await slots.supersedeOthers('pr3', 'head')).toEqual([1]);
    expect(await slots.supersedeOthers('pr3', 'head')).toEqual([]);
  });
}

describe('MemoryCheckSlots', () => behavesAsSlots(() => new MemoryCheckSlots()));

describe.skipIf(!REDIS_AVAILABLE)('RedisCheckSlots', () => {
  let redis: RedisHandle;
  let client: Redis;
  let n = 0;
  beforeAll(async () => {
    redis = await startRedis();
    client = new Redis(redis.url);
  });
  afterAll(async () => {
    client?.disconnect();
    await redis?.stop();
  });
  behavesAsSlots(() => new RedisCheckSlots(client, `test${n++}:`));
});
