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
  APP_SLUG: z.string().regex(/^[a-z0-9-]+$/i).optional(),
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
    },
  };
}
