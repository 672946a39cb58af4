// check_run.rerequested and the check run's "Re-scan" button → a fresh review of the pull request.
import type { Context } from 'probot';
import { CHECK_NAME, RESCAN_ACTION } from '../github/check-runs.js';
import type { AppDeps } from './deps.js';
import { enqueueReview, firstDelivery } from './enqueue-review.js';

export const CHECK_RUN_EVENTS = ['check_run.rerequested', 'check_run.requested_action'] as const;

export const onCheckRun =
  (deps: AppDeps) =>
  async (context: Context<'check_run.rerequested' | 'check_run.requested_action'>): Promise<void> => {
    if (!(await firstDelivery(deps, context))) return;
    const { payload } = context;
    const run = payload.check_run;
    // check_run events of every app on the repository arrive here.
    if (run.app?.id !== deps.appId || run.name !== CHECK_NAME) return;
    if (payload.action === 'requested_action' && payload.requested_action?.identifier !== RESCAN_ACTION) return;
    // Fork PRs leave pull_requests empty: the number travels in external_id.
    const number = Number(run.external_id) || run.pull_requests[0]?.number;
    if (!number) return context.log.debug({ delivery: context.id }, 'check run without a pull request');
    const current = await deps.github(context).getPull(number);
    // A re-run is for the commit of that check run, which may no longer be the head: review that commit, and
    // commit no report on top of a newer head from an older analysis.
    const stale = current.headSha !== run.head_sha;
    await enqueueReview(deps, context, {
      repo: context.repo(),
      pull: { ...current, headSha: run.head_sha },
      deliveryId: context.id,
      trigger: `check-${payload.action}`,
      explicit: true,
      ...(stale ? { skipReportCommit: true } : {}),
    });
  };
