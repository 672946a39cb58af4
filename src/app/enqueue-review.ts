// Puts a review request on the queue; the webhook is acknowledged at once and the review runs later.
import type { Context } from 'probot';
import type { ReviewRequest } from '../review/review-request.js';
import { pullKey } from '../review/review-request.js';
import type { AppDeps } from './deps.js';

export interface JobHooks {
  done?(): Promise<void>;
  failed?(): Promise<void>;
}

export function enqueueReview(deps: AppDeps, context: Context, request: ReviewRequest, hooks: JobHooks = {}): void {
  const github = deps.github(context);
  deps.queue.enqueue({
    key: pullKey(request),
    headSha: request.pull.headSha,
    run: async () => {
      try {
        await deps.review(github, request, context.log);
      } catch (error) {
        await hooks.failed?.().catch(() => undefined);
        throw error;
      }
      await hooks.done?.();
    },
    // The newer job reviews the same pull request, so this request is served by it.
    superseded: () => void hooks.done?.().catch(() => undefined),
    // A bot push (our report commit) must not replace a waiting review of a person's push.
    ...(request.push?.senderIsBot ? { yields: true } : {}),
  });
  context.log.info({ delivery: context.id, pr: request.pull.number, sha: request.pull.headSha, trigger: request.trigger }, 'review queued');
}
