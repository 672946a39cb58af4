// Puts a review request on the queue; the webhook is acknowledged as soon as the job is durably queued, and the
// review runs later in a worker. For a push or a newly opened pull request the web tier then creates the check run
// `queued` (fleet mode), after the answer: the worker adopts it (src/review/adopt-check.ts). A queue that cannot take it (Redis down) answers 503, so GitHub can redeliver.
import type { Logger } from 'pino';
import type { Context } from 'probot';
import type { ReviewRequest } from '../review/review-request.js';
import { submitReview } from '../review/submit-review.js';
import { jobKey, type ReviewJob } from '../review/review-job.js';
import { completeWithRetry } from '../review/complete-with-retry.js';
import { supersededCheck } from '../review/review-pr.js';
import type { AppDeps } from './deps.js';
import { ServiceUnavailable } from './contain-errors.js';

/** See AppDeps.queuedCheckStartMs (the App's own deps set it from the request deadline). */
const DEFAULT_QUEUED_CHECK_START_MS = 4000;

export async function enqueueReview(
  deps: AppDeps,
  context: Context,
  request: ReviewRequest,
  reactTo?: number,
  options: { queueCheck?: boolean } = {},
): Promise<void> {
  const installationId = (context.payload as { installation?: { id?: number } }).installation?.id;
  if (!installationId) return context.log.warn({ delivery: context.id }, 'event without an installation: not reviewed');
  const job: ReviewJob = { installationId, request, receivedAt: Date.now(), ...(reactTo ? { reactTo } : {}) };
  // The commit's check slot is written before the job is queued, so the worker that takes the job waits for the
  // queued check instead of racing it. Not for our own report commit's push: the loop guard completes its check at once.
  const wantsCheck = !!options.queueCheck && !request.pull.draft && !request.push?.senderIsBot && !!deps.queuedChecks;
  let reserved = false;
  const reserve = wantsCheck
    ? deps.checkSlots.reserve(jobKey(job), request.pull.headSha, job.receivedAt).then((ok) => (reserved = ok))
    : undefined;
  try {
    await submitReview(deps.queue, deps.heads, job, reserve);
  } catch (error) {
    await reserve?.catch(() => undefined);
    if (reserved) await deps.checkSlots.failed(jobKey(job), request.pull.headSha).catch(() => undefined);
    await deps.deliveries.forget?.(context.id).catch(() => undefined);
    throw new ServiceUnavailable('the review could not be queued', { cause: error });
  }
  const queueCheck = reserved;
  if (queueCheck)
    deps.afterAnswer.run(() => createQueuedCheck(deps, job, context.log), context.log, 'creating the queued check');
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

/**
 * The queued check, once the webhook is answered; on failure the worker taking the job creates it. A create that
 * waited its turn past `queuedCheckStartMs` is not started: it could end after the worker stopped waiting for it.
 * Its slot stays "being created" (marking it failed could overwrite a check the worker has since recorded): the
 * worker waits out its bound, finds no run on GitHub and creates it.
 */
async function createQueuedCheck(deps: AppDeps, job: ReviewJob, log: Logger): Promise<void> {
  const { repo, pull } = job.request;
  const waited = Date.now() - job.receivedAt;
  if (waited > (deps.queuedCheckStartMs ?? DEFAULT_QUEUED_CHECK_START_MS)) {
    log.warn({ sha: pull.headSha, waitedMs: waited }, 'queued check not created: it waited too long for its turn');
    return;
  }
  try {
    const github = await deps.queuedChecks!(job.installationId, repo);
    await deps.checkSlots.queued(jobKey(job), pull.headSha, await github.queueCheck(pull.headSha, pull.number));
    // A newer push whose job already ran past its own sweep of older queued runs: settle ours here.
    const latest = await deps.heads.latest(jobKey(job));
    if (latest && latest !== pull.headSha)
      for (const id of await deps.checkSlots.supersedeOthers(jobKey(job), latest))
        await completeWithRetry(() => github.completeCheck(id, supersededCheck(latest)));
  } catch (error) {
    await deps.checkSlots.failed(jobKey(job), pull.headSha);
    throw error;
  }
}
