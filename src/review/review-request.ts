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
  /**
   * A merge queue's group (`merge_group.checks_requested`): `pull.headSha` is the group's head, its diff is taken
   * against `baseSha`; there is no pull request to comment on or commit to (`pull.number` is 0).
   */
  mergeGroup?: { baseSha: string; headRef: string };
}

export function pullKey(request: Pick<ReviewRequest, 'repo' | 'pull' | 'mergeGroup'>): string {
  // Merge groups have no number, and each group needs its own check: one must never supersede another.
  const which = request.mergeGroup ? `merge-group@${request.pull.headSha}` : `#${request.pull.number}`;
  return `${request.repo.owner}/${request.repo.repo}${which}`;
}
