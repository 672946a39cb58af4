// pull_request opened / synchronize / reopened / ready_for_review → a queued review of the head SHA.
import type { Context } from 'probot';
import type { AppDeps } from './deps.js';
import { enqueueReview, firstDelivery } from './enqueue-review.js';
import { pullRef } from './pull-ref.js';

export const PULL_REQUEST_EVENTS = [
  'pull_request.opened',
  'pull_request.synchronize',
  'pull_request.reopened',
  'pull_request.ready_for_review',
] as const;

export const onPullRequest =
  (deps: AppDeps) =>
  async (context: Context<'pull_request'>): Promise<void> => {
    if (!(await firstDelivery(deps, context)))
      return context.log.debug({ delivery: context.id }, 'duplicate delivery ignored');
    const { payload } = context;
    const push =
      payload.action === 'synchronize'
        ? { before: payload.before, after: payload.after, senderIsBot: payload.sender.type === 'Bot' }
        : undefined;
    await enqueueReview(
      deps,
      context,
      {
        repo: context.repo(),
        pull: pullRef(payload.pull_request),
        deliveryId: context.id,
        trigger: payload.action,
        explicit: false,
        ...(push ? { push } : {}),
      },
      undefined,
      { queueCheck: true },
    );
  };
