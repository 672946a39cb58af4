// Every GitHub request gets a deadline: a call that never answers would otherwise hold a queue slot for ever
// (and with two stuck calls a third pull request would never be reviewed). The abort surfaces as a failed request
// (octokit reports it as status 500, "aborted due to timeout"), which the callers retry or report like any other.
import type { GitHubClient } from './octokit.js';

export const DEFAULT_REQUEST_TIMEOUT_MS = 20_000;

/**
 * Gives each request of `octokit` its own `ms` deadline (combined with a signal the caller set). A `before` hook that
 * sets `options.request.signal` in place: a signal passed through `hook.wrap` does not reach fetch.
 */
export function installRequestTimeout(octokit: GitHubClient, ms = DEFAULT_REQUEST_TIMEOUT_MS): void {
  octokit.hook.before('request', (options) => {
    const own = AbortSignal.timeout(ms);
    const given = options.request?.signal as AbortSignal | undefined;
    options.request = { ...options.request, signal: given ? AbortSignal.any([given, own]) : own };
  });
}
