// merge_group.checks_requested → a review of the merge group's head SHA against its base, so a merge queue that
// requires the SentinelPy check gets it on the commit it is about to merge.
import type { Context } from 'probot';
import type { AppDeps } from './deps.js';
import { enqueueReview, firstDelivery } from './enqueue-review.js';

export const MERGE_GROUP_EVENTS = ['merge_group.checks_requested'] as const;

export const onMergeGroup =
  (deps: AppDeps) =>
  async (context: Context<'merge_group.checks_requested'>): Promise<void> => {
    if (!(await firstDelivery(deps, context))) return;
    const { merge_group: group, repository } = context.payload;
    const baseRef = group.base_ref.replace(/^refs\/heads\//, '');
    await enqueueReview(deps, context, {
      repo: context.repo(),
      // No pull request: number 0 (never commented on, never committed to); the branch is the queue's temporary one.
      pull: {
        number: 0,
        headSha: group.head_sha,
        headRef: group.head_ref.replace(/^refs\/heads\//, ''),
        isFork: false,
        draft: false,
        defaultBranch: repository?.default_branch ?? baseRef,
        baseRef,
      },
      deliveryId: context.id,
      trigger: 'merge-group',
      explicit: true,
      mergeGroup: { baseSha: group.base_sha, headRef: group.head_ref },
    });
  };
