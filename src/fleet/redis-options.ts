// One REDIS_URL → the connection settings each client needs. BullMQ workers must block (no per-command retry
// limit); everything on the web path fails fast instead, so a webhook is answered 503 rather than left waiting.
import type { RedisOptions } from 'ioredis';

/** host, port, credentials, database and TLS of a redis:// or rediss:// URL. */
export function redisOptionsFromUrl(url: string): RedisOptions {
  const parsed = new URL(url);
  const db = Number(parsed.pathname.slice(1) || 0);
  return {
    host: parsed.hostname || '127.0.0.1',
    port: Number(parsed.port || 6379),
    ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
    ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
    ...(Number.isInteger(db) && db > 0 ? { db } : {}),
    ...(parsed.protocol === 'rediss:' ? { tls: {} } : {}),
  };
}

/** For the web path and shared state: a command fails at once while Redis is unreachable. */
export function failFast(url: string): RedisOptions {
  return { ...redisOptionsFromUrl(url), maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2000 };
}

/** For BullMQ workers: wait for Redis to come back, however long. */
export function blocking(url: string): RedisOptions {
  return { ...redisOptionsFromUrl(url), maxRetriesPerRequest: null };
}
