// Puts a review request on the queue; the webhook is acknowledged as soon as the job is durably queued, and the
// review runs later in a worker. A queue that cannot take it (Redis down) answers 503, so GitHub can redeliver.
import type { Context } from 'probot';
import type { ReviewRequest } from '../review/review-request.js';
import { submitReview } from '../review/submit-review.js';
import type { AppDeps } from './deps.js';
import { ServiceUnavailable } from './contain-errors.js';

export async function enqueueReview(
  deps: AppDeps,
  context: Context,
  request: ReviewRequest,
  reactTo?: number,
): Promise<void> {
  const installationId = (context.payload as { installation?: { id?: number } }).installation?.id;
  if (!installationId) return context.log.warn({ delivery: context.id }, 'event without an installation: not reviewed');
  const job = { installationId, request, receivedAt: Date.now(), ...(reactTo ? { reactTo } : {}) };
  try {
    await submitReview(deps.queue, deps.heads, job);
  } catch (error) {
    await deps.deliveries.forget?.(context.id).catch(() => undefined);
    throw new ServiceUnavailable('the review could not be queued', { cause: error });
  }
  context.log.info(
    {
      delivery: context.id,
      repo: `${request.repo.owner}/${request.repo.repo}`,
      pr: request.pull.number,
      sha: request.pull.headSha,
      trigger: request.trigger,
    },
    'review queued',
  );
}

/** The delivery-id gate; an unreachable store answers 503 rather than act twice or not at all. */
export async function firstDelivery(deps: AppDeps, context: Context): Promise<boolean> {
  try {
    return await deps.deliveries.firstTime(context.id);
  } catch (error) {
    throw new ServiceUnavailable('delivery de-duplication is unavailable', { cause: error });
  }
}
