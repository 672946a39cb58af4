// CheckSlots in Redis: one hash per pull request (field: commit SHA), shared by the web tier and every worker. The
// transitions a web replica and a worker may race on (queued → taken, queued → superseded) are Lua scripts.
import type { Redis } from 'ioredis';
import { parseSlot, type CheckSlots, type Slot } from '../review/check-slots.js';

const TAKE = `local v = redis.call('HGET', KEYS[1], ARGV[1])
if v and string.sub(v, 1, 2) == 'q:' then redis.call('HSET', KEYS[1], ARGV[1], 'r:' .. string.sub(v, 3)) end
return v`;

const SUPERSEDE_OTHERS = `local all = redis.call('HGETALL', KEYS[1])
local out = {}
for i = 1, #all, 2 do
  local sha, v = all[i], all[i + 1]
  if sha ~= ARGV[1] and string.sub(v, 1, 2) == 'q:' then
    redis.call('HSET', KEYS[1], sha, 'x:' .. string.sub(v, 3))
    table.insert(out, string.sub(v, 3))
  end
end
return out`;

// Deletes the slot only if it still holds this check: a newer review of the commit may already have claimed it.
const FINISHED = `if redis.call('HGET', KEYS[1], ARGV[1]) == ARGV[2] then redis.call('HDEL', KEYS[1], ARGV[1]) end
return 0`;

export class RedisCheckSlots implements CheckSlots {
  constructor(
    private readonly redis: Redis,
    private readonly prefix = 'sentinel:checks:',
    private readonly ttlSeconds = 7 * 24 * 3600,
  ) {}

  async reserve(pr: string, sha: string, now: number): Promise<boolean> {
    const key = this.prefix + pr;
    const results = await this.redis.multi().hsetnx(key, sha, `c:${now}`).expire(key, this.ttlSeconds).exec();
    return results?.[0]?.[1] === 1;
  }

  async queued(pr: string, sha: string, id: number): Promise<void> {
    await this.set(pr, sha, `q:${id}`);
  }

  async failed(pr: string, sha: string): Promise<void> {
    await this.set(pr, sha, 'f');
  }

  async take(pr: string, sha: string): Promise<Slot> {
    return parseSlot((await this.redis.eval(TAKE, 1, this.prefix + pr, sha)) as string | null);
  }

  async started(pr: string, sha: string, id: number): Promise<void> {
    await this.set(pr, sha, `r:${id}`);
  }

  async finished(pr: string, sha: string, id: number): Promise<void> {
    await this.redis.eval(FINISHED, 1, this.prefix + pr, sha, `r:${id}`);
  }

  async supersedeOthers(pr: string, headSha: string): Promise<number[]> {
    const ids = (await this.redis.eval(SUPERSEDE_OTHERS, 1, this.prefix + pr, headSha)) as string[];
    return ids.map(Number);
  }

  private async set(pr: string, sha: string, value: string): Promise<void> {
    const key = this.prefix + pr;
    await this.redis.multi().hset(key, sha, value).expire(key, this.ttlSeconds).exec();
  }
}
