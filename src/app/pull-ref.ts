// A webhook's pull request payload as the port's PullRequestRef.
import type { PullRequestRef } from '../github/port.js';

interface PullPayload {
  number: number;
  draft?: boolean;
  head: { sha: string; ref: string; repo: { full_name: string } | null };
  base: { ref?: string; repo: { full_name: string; default_branch: string } };
}

/** The pull request a webhook names, as the review pipeline refers to it. */
export function pullRef(pr: PullPayload): PullRequestRef {
  return {
    number: pr.number,
    headSha: pr.head.sha,
    headRef: pr.head.ref,
    // A deleted fork has head.repo null: treat it as a fork (nothing can be pushed there).
    isFork: pr.head.repo?.full_name !== pr.base.repo.full_name,
    draft: Boolean(pr.draft),
    defaultBranch: pr.base.repo.default_branch,
    ...(pr.base.ref ? { baseRef: pr.base.ref } : {}),
  };
}
