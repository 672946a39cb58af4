// Tells the check sweep that Redis lost its state (flushed, or a fresh server): a marker key that only a loss removes.
import type { Redis } from 'ioredis';

/** Resolves true the first time, and again each time the marker has gone since (then sets it again). */
export function redisStateLost(redis: Redis, key = 'sentinel:epoch'): () => Promise<boolean> {
  return async () => (await redis.set(key, String(Date.now()), 'NX')) === 'OK';
}
