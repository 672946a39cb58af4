// The App's environment, parsed once: GitHub App credentials, webhook secret, server and queue limits.
import { z } from 'zod';

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const envSchema = z.object({
  APP_ID: z.string().regex(/^\d+$/, 'must be the numeric GitHub App id'),
  WEBHOOK_SECRET: z.string().optional(),
  NODE_ENV: z.string().optional(),
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  /** Reviews that run at once across all pull requests. */
  REVIEW_CONCURRENCY: positiveInt(2),
  /** A review taking longer than this is abandoned and its check completed (never a hanging check). */
  REVIEW_TIMEOUT_MS: positiveInt(300_000),
  /** OSV API base URL for the dependency review (a mirror); default https://api.osv.dev. */
  OSV_API_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** How long one OSV request may take before the vulnerability check is skipped with a note. */
  OSV_TIMEOUT_MS: positiveInt(10_000),
  /** The App's slug; only comments by `<slug>[bot]` carry trusted fingerprint markers. */
  APP_SLUG: z
    .string()
    .regex(/^[a-z0-9-]+$/i)
    .optional(),
  /** Fleet mode: reviews queued in this Redis with BullMQ (unset: the embedded in-process queue). */
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  /** `web` answers webhooks and enqueues, `worker` runs reviews, `all` (default) does both. */
  SENTINEL_ROLE: z.enum(['web', 'worker', 'all']).default('all'),
  /** How often a worker looks for this App's queued/in-progress check runs that no live job owns. */
  SWEEP_INTERVAL_MS: positiveInt(60_000),
  /** On SIGTERM a worker finishes its current reviews for at most this long, then hands them back. */
  SHUTDOWN_DEADLINE_MS: positiveInt(25_000),
  /** Every GitHub request is abandoned after this long (a call that never answers must not hold a slot). */
  GITHUB_REQUEST_TIMEOUT_MS: positiveInt(20_000),
  /** A worker that stops renewing its job lock for this long is presumed dead and its job is recovered. */
  FLEET_LOCK_MS: positiveInt(20_000),
});

export interface AppEnv {
  appId: number;
  webhookSecret: string;
  port: number;
  host: string;
  reviewConcurrency: number;
  reviewTimeoutMs: number;
  osv: { baseUrl?: string; timeoutMs: number };
  appSlug?: string;
  fleet: FleetEnv;
}

export type Role = 'web' | 'worker' | 'all';

export interface FleetEnv {
  redisUrl?: string;
  role: Role;
  sweepIntervalMs: number;
  shutdownDeadlineMs: number;
  requestTimeoutMs: number;
  lockMs: number;
}

export type EnvResult = { ok: true; env: AppEnv } | { ok: false; error: string };

/**
 * Validates the environment. Probot silently uses the secret "development" when WEBHOOK_SECRET is unset, which
 * would accept forged deliveries: refuse that outside NODE_ENV=development.
 */
export function parseEnv(source: NodeJS.ProcessEnv): EnvResult {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `${issue?.path.join('.') || 'environment'}: ${issue?.message ?? 'invalid'}` };
  }
  const e = parsed.data;
  const secret = e.WEBHOOK_SECRET?.trim();
  if (!secret && e.NODE_ENV !== 'development') {
    return { ok: false, error: 'WEBHOOK_SECRET: required (set NODE_ENV=development to run without one locally)' };
  }
  return {
    ok: true,
    env: {
      appId: Number(e.APP_ID),
      webhookSecret: secret || 'development',
      port: e.PORT,
      host: e.HOST,
      reviewConcurrency: e.REVIEW_CONCURRENCY,
      reviewTimeoutMs: e.REVIEW_TIMEOUT_MS,
      osv: { ...(e.OSV_API_URL ? { baseUrl: e.OSV_API_URL } : {}), timeoutMs: e.OSV_TIMEOUT_MS },
      ...(e.APP_SLUG ? { appSlug: e.APP_SLUG } : {}),
      fleet: {
        ...(e.REDIS_URL ? { redisUrl: e.REDIS_URL } : {}),
        role: e.SENTINEL_ROLE,
        sweepIntervalMs: e.SWEEP_INTERVAL_MS,
        shutdownDeadlineMs: e.SHUTDOWN_DEADLINE_MS,
        requestTimeoutMs: e.GITHUB_REQUEST_TIMEOUT_MS,
        lockMs: e.FLEET_LOCK_MS,
      },
    },
  };
}
