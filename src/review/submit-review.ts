// Hands a review to the queue: the pull request's newest head is recorded first (a running review of an older
// head then stops at its next step), then the job is queued. Used by the handlers and the check sweep alike.
import type { HeadRegister } from './head-register.js';
import type { ReviewQueuePort } from './queue-port.js';
import { isSupersedable, jobKey, type ReviewJob } from './review-job.js';

/** `first` is other state the job's worker must find in place (the web tier's check slot): written alongside the head. */
export async function submitReview(
  queue: ReviewQueuePort,
  heads: HeadRegister,
  job: ReviewJob,
  first?: Promise<unknown>,
): Promise<void> {
  // In parallel: each round trip to Redis is a turn of a busy event loop on the webhook's answering path.
  await Promise.all([isSupersedable(job) ? heads.mark(jobKey(job), job.request.pull.headSha) : undefined, first]);
  await queue.enqueue(job);
}
