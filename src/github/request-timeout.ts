// Every GitHub request gets a deadline: a call that never answers would otherwise hold a queue slot for ever
// (and with two stuck calls a third pull request would never be reviewed). The abort surfaces as an error the
// caller handles like any failed request.
import type { GitHubClient } from './octokit.js';

export const DEFAULT_REQUEST_TIMEOUT_MS = 20_000;

/** Wraps every request of `octokit` so it is aborted after `ms` (an existing signal is combined, not replaced). */
export function installRequestTimeout(octokit: GitHubClient, ms = DEFAULT_REQUEST_TIMEOUT_MS): void {
  octokit.hook.wrap('request', async (request, options) => {
    const own = AbortSignal.timeout(ms);
    const given = options.request?.signal as AbortSignal | undefined;
    const signal = given ? AbortSignal.any([given, own]) : own;
    try {
      return await request({ ...options, request: { ...options.request, signal } });
    } catch (error) {
      if (own.aborted) throw Object.assign(new Error(`GitHub request ${options.method} ${options.url} timed out after ${ms} ms`), { status: 504, cause: error });
      throw error;
    }
  });
}
