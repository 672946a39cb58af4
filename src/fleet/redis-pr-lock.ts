// The per-pull-request lock across workers: Redis `SET key token NX PX`, renewed while the review runs and
// released only by its holder (compare-and-delete), so a worker presumed dead cannot release its successor's lock.
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { PrLock } from '../review/run-review-job.js';
import { LockBusy } from '../review/job-signals.js';

const RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";
const RENEW =
  "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end";

export interface PrLockOptions {
  /** Expiry of a lock its holder stopped renewing (a killed worker). */
  ttlMs?: number;
  /** How long to wait for a held lock before the job is put back for a moment (no attempt spent). */
  waitMs?: number;
  prefix?: string;
}

export class RedisPrLock implements PrLock {
  private readonly ttlMs: number;
  private readonly waitMs: number;
  private readonly prefix: string;

  constructor(
    private readonly redis: Redis,
    options: PrLockOptions = {},
  ) {
    this.ttlMs = options.ttlMs ?? 20_000;
    this.waitMs = options.waitMs ?? 3000;
    this.prefix = options.prefix ?? 'sentinel:lock:';
  }

  async acquire(key: string): Promise<() => Promise<void>> {
    const name = this.prefix + key;
    const token = randomUUID();
    const deadline = Date.now() + this.waitMs;
    while ((await this.redis.set(name, token, 'PX', this.ttlMs, 'NX')) !== 'OK') {
      if (Date.now() > deadline) throw new LockBusy(key);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const renew = setInterval(
      () => void this.redis.eval(RENEW, 1, name, token, String(this.ttlMs)).catch(() => undefined),
      Math.floor(this.ttlMs / 3),
    );
    return async () => {
      clearInterval(renew);
      await this.redis.eval(RELEASE, 1, name, token);
    };
  }
}
