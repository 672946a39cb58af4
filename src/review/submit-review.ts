// Hands a review to the queue: the pull request's newest head is recorded first (a running review of an older
// head then stops at its next step), then the job is queued. Used by the handlers and the check sweep alike.
import type { HeadRegister } from './head-register.js';
import type { ReviewQueuePort } from './queue-port.js';
import { isSupersedable, jobKey, type ReviewJob } from './review-job.js';

export async function submitReview(queue: ReviewQueuePort, heads: HeadRegister, job: ReviewJob): Promise<void> {
  if (isSupersedable(job)) await heads.mark(jobKey(job), job.request.pull.headSha);
  await queue.enqueue(job);
}
