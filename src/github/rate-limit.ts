// Secondary rate limits: Probot's throttling plugin only logs them and throws, so retry here, bounded,
// honouring `retry-after` (or `x-ratelimit-reset` when the primary quota is spent).
import type { GitHubClient } from './octokit.js';
import { statusOf } from './octokit.js';

export interface RetryPolicy {
  /** Retries after the first attempt. */
  retries: number;
  /** Longest wait we accept; a longer one is thrown to the caller (the check then completes as failed). */
  maxWaitMs: number;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  retries: 2,
  maxWaitMs: 90_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  now: () => Date.now(),
};

/** Milliseconds GitHub asks us to wait, or undefined when the error is not a rate limit. */
export function rateLimitWait(error: unknown, now: number): number | undefined {
  const status = statusOf(error);
  if (status !== 403 && status !== 429) return undefined;
  const headers = (error as { response?: { headers?: Record<string, string | undefined> } }).response?.headers ?? {};
  const retryAfter = Number(headers['retry-after']);
  if (Number.isFinite(retryAfter) && retryAfter >= 0 && headers['retry-after'] !== undefined) return retryAfter * 1000;
  if (headers['x-ratelimit-remaining'] === '0') {
    const reset = Number(headers['x-ratelimit-reset']);
    if (Number.isFinite(reset)) return Math.max(0, reset * 1000 - now);
  }
  // A secondary limit without headers: GitHub's guidance is to wait at least a minute.
  const message = (error as { message?: string }).message ?? '';
  return /secondary rate limit/i.test(message) ? 60_000 : undefined;
}

/** Wraps every request of `octokit` in the bounded rate-limit retry. */
export function installRateLimitRetry(octokit: GitHubClient, policy: RetryPolicy = DEFAULT_RETRY_POLICY): void {
  octokit.hook.wrap('request', async (request, options) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await request(options);
      } catch (error) {
        const wait = rateLimitWait(error, policy.now());
        if (wait === undefined || attempt >= policy.retries || wait > policy.maxWaitMs) throw error;
        await policy.sleep(wait);
      }
    }
  });
}
