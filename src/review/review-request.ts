// What a handler hands to the review pipeline: the pull request, why it is reviewed, and where the request came from.
import type { PullRequestRef } from '../github/port.js';

export interface ReviewRequest {
  repo: { owner: string; repo: string };
  pull: PullRequestRef;
  deliveryId: string;
  /** `opened`, `synchronize`, `rescan-comment`, `check-rerequested`, … (logged, and drafts are skipped only for PR events). */
  trigger: string;
  /** An explicit request (comment command, re-run button) reviews drafts too. */
  explicit: boolean;
  /** Re-running an older commit's check: no report commit on top of the newer head. */
  skipReportCommit?: boolean;
  /** Set for `pull_request.synchronize`: the loop guard needs both commits and who pushed. */
  push?: { before: string; after: string; senderIsBot: boolean };
}

export function pullKey(request: Pick<ReviewRequest, 'repo' | 'pull'>): string {
  return `${request.repo.owner}/${request.repo.repo}#${request.pull.number}`;
}
