// What GitHub's answers tell an operator: failed requests by status and the installation's remaining quota.
import type { GitHubClient } from './octokit.js';
import { statusOf } from './octokit.js';

export interface GitHubObserver {
  /** A request failed (status 0: no answer, e.g. a timeout or a refused connection). */
  failed(status: number): void;
  /** `x-ratelimit-remaining` of the latest answer. */
  remaining(value: number): void;
}

export function installRequestMetrics(octokit: GitHubClient, observer: GitHubObserver): void {
  octokit.hook.wrap('request', async (request, options) => {
    try {
      const response = await request(options);
      const remaining = Number(response.headers['x-ratelimit-remaining']);
      if (Number.isFinite(remaining)) observer.remaining(remaining);
      return response;
    } catch (error) {
      observer.failed(statusOf(error) ?? 0);
      throw error;
    }
  });
}
