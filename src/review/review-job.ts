// One queued review as plain data (it crosses Redis in fleet mode): which installation, the request, the check
// run an earlier attempt started, and who to tell when it is done. The keys decide what supersedes what.
import type { ReviewRequest } from './review-request.js';
import { pullKey } from './review-request.js';

export interface ReviewJob {
  installationId: number;
  request: ReviewRequest;
  /** The check run an earlier attempt (or an interrupted review found by the sweep) started: it is reused. */
  checkId?: number;
  /** The `/sentinel rescan` comment: rocket when done, confused when the review failed for good. */
  reactTo?: number;
  /** When the webhook was received (ms since the epoch): delivery → completed check latency. */
  receivedAt: number;
}

/** The pull request a job is for, across installations: `<installation>:<owner>/<repo>#<number>`. */
export function jobKey(job: Pick<ReviewJob, 'installationId' | 'request'>): string {
  return `${job.installationId}:${pullKey(job.request)}`;
}

/**
 * A job for the pull request's head at the time of the event: a newer one supersedes it. Our own report-commit push
 * (a bot push, which the loop guard settles) and a re-run of an older commit's check never supersede nor are superseded.
 */
export function isSupersedable(job: Pick<ReviewJob, 'request'>): boolean {
  return !job.request.push?.senderIsBot && !job.request.skipReportCommit;
}

/** The de-duplication id: one per pull request for head reviews, one per commit for the others. */
export function dedupId(job: ReviewJob): string {
  return isSupersedable(job) ? jobKey(job) : `${jobKey(job)}@${job.request.pull.headSha}`;
}

/** `/sentinel rescan` > synchronize > opened and the rest (BullMQ: lower runs first). */
export function priorityOf(job: Pick<ReviewJob, 'request'>): number {
  if (job.request.explicit) return 1;
  return job.request.trigger === 'synchronize' ? 2 : 3;
}

const ADOPTING = new Set(['opened', 'synchronize', 'reopened', 'ready_for_review', 'sweep']);

/**
 * A review of a push or a new pull request (or the sweep's): it adopts the commit's existing check run (the web
 * tier's queued one). Re-run buttons, rescans and merge groups ask for a fresh run.
 */
export function adoptsCheck(job: Pick<ReviewJob, 'request'>): boolean {
  return ADOPTING.has(job.request.trigger) && !job.request.explicit && !job.request.mergeGroup;
}
