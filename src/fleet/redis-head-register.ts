// The latest requested head per pull request, shared by every web replica and worker (a key per PR with a TTL).
import type { Redis } from 'ioredis';
import type { HeadRegister } from '../review/head-register.js';

export class RedisHeadRegister implements HeadRegister {
  constructor(
    private readonly redis: Redis,
    private readonly prefix = 'sentinel:head:',
    private readonly ttlSeconds = 7 * 24 * 3600,
  ) {}

  async mark(key: string, sha: string): Promise<void> {
    await this.redis.set(this.prefix + key, sha, 'EX', this.ttlSeconds);
  }

  async latest(key: string): Promise<string | undefined> {
    return (await this.redis.get(this.prefix + key)) ?? undefined;
  }
}
