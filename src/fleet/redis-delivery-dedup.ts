// X-GitHub-Delivery dedup shared by every web replica: Redis `SET key 1 EX ttl NX`, so the same delivery handed to
// two replicas (or redelivered) acts once across the fleet, and ids expire instead of growing without bound.
import { Redis } from 'ioredis';

export interface RedisDedupOptions {
  /** How long an id is remembered (GitHub redelivers for days at most; default 3 days). */
  ttlSeconds?: number;
  /** Key prefix, so several installs can share one Redis. */
  prefix?: string;
}

export class RedisDeliveryDedup {
  private readonly ttlSeconds: number;
  private readonly prefix: string;

  constructor(
    private readonly redis: Redis,
    options: RedisDedupOptions = {},
    private readonly owned = true,
  ) {
    this.ttlSeconds = options.ttlSeconds ?? 3 * 24 * 3600;
    this.prefix = options.prefix ?? 'sentinel:delivery:';
  }

  static connect(url: string, options: RedisDedupOptions = {}): RedisDeliveryDedup {
    // Fail fast rather than queue commands while Redis is down: the web tier must answer 5xx so GitHub can redeliver.
    return new RedisDeliveryDedup(new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false }), options);
  }

  /** true the first time any replica offers an id, false every time after (throws when Redis is unreachable). */
  async firstTime(deliveryId: string): Promise<boolean> {
    const result = await this.redis.set(this.prefix + deliveryId, '1', 'EX', this.ttlSeconds, 'NX');
    return result === 'OK';
  }

  async forget(deliveryId: string): Promise<void> {
    await this.redis.del(this.prefix + deliveryId);
  }

  async close(): Promise<void> {
    if (!this.owned) return;
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
