// Delivery dedup shared through a real Redis: two web replicas offered the same X-GitHub-Delivery act once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisDeliveryDedup } from '../../src/fleet/redis-delivery-dedup.js';
import { startRedis, type RedisHandle } from './redis-server.js';
import { REDIS_AVAILABLE as available } from './skip-without-redis.js';

describe.skipIf(!available)('RedisDeliveryDedup', () => {
  let redis: RedisHandle;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await redis?.stop();
  });

  it('lets exactly one of two replicas act on the same delivery, and each new id once', async () => {
    const web1 = RedisDeliveryDedup.connect(redis.url, { prefix: 'test1:' });
    const web2 = RedisDeliveryDedup.connect(redis.url, { prefix: 'test1:' });
    try {
      await new Promise((resolve) => setTimeout(resolve, 50)); // offline queue is off: let both connect
      const answers = await Promise.all([web1.firstTime('d-1'), web2.firstTime('d-1'), web1.firstTime('d-1')]);
      expect(answers.filter(Boolean)).toHaveLength(1);
      expect(await web2.firstTime('d-2')).toBe(true);
      expect(await web1.firstTime('d-2')).toBe(false);
    } finally {
      await web1.close();
      await web2.close();
    }
  });

  it('fails (so the webhook is answered 5xx and redelivered) when Redis is unreachable', async () => {
    const offline = RedisDeliveryDedup.connect('redis://127.0.0.1:1', { prefix: 'test2:' });
    try {
      await expect(offline.firstTime('d-3')).rejects.toThrow();
    } finally {
      await offline.close();
    }
  });
});
