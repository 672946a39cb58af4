// `/sentinel ignore -- reason` (false-positive, accepted-risk, wont-fix; `--until DATE`) as a reply to one of the
// App's review comments. Writers only: anyone else gets a refusal in the thread. Replies to other people's
// comments, top-level comments, bots and edits are left alone.
import type { Context } from 'probot';
import { code } from '../report/md-text.js';
import { isoDay } from '../ledger/apply-ledger.js';
import { pullKey } from '../review/review-request.js';
import type { AppDeps } from './deps.js';
import { enqueueReview, firstDelivery } from './enqueue-review.js';
import { IGNORE_USAGE, mayRescan, parseDecision } from './comment-commands.js';

export const onReviewComment =
  (deps: AppDeps) =>
  async (context: Context<'pull_request_review_comment.created'>): Promise<void> => {
    if (!(await firstDelivery(deps, context))) return;
    const { comment, pull_request: pr } = context.payload;
    if (comment.user?.type === 'Bot' || context.isBot || !comment.in_reply_to_id) return;
    const decision = parseDecision(comment.body, isoDay(deps.now()));
    if (!decision) return;
    const github = deps.github(context);
    const root = await github.getReviewComment(comment.in_reply_to_id);
    // Only a thread the App started is about a finding it can dismiss.
    if (!root.byApp)
      return context.log.debug({ delivery: context.id }, 'ignore command in a thread the App did not start');
    await github.reactToReviewComment(comment.id, 'eyes');
    const login = comment.user?.login ?? '';
    const permission = await github.permissionOf(login);
    if (!mayRescan(permission)) {
      context.log.info({ delivery: context.id, permission }, 'ignore refused: needs write, maintain or admin');
      await github.replyToReviewComment(
        pr.number,
        root.id,
        `🚫 ${code(login)} cannot dismiss findings: \`/sentinel ignore\` needs write, maintain or admin permission on this repository. Nothing was changed.`,
      );
      return github.reactToReviewComment(comment.id, 'confused');
    }
    if (decision === 'malformed') {
      await github.replyToReviewComment(pr.number, root.id, IGNORE_USAGE);
      return github.reactToReviewComment(comment.id, 'confused');
    }
    try {
      const pull = await github.getPull(pr.number);
      const repo = context.repo();
      const outcome = await deps.decide(
        github,
        { pullKey: pullKey({ repo, pull }), pull, root, decision, by: login },
        context.log,
      );
      if (outcome.status === 'refused') return github.reactToReviewComment(comment.id, 'confused');
      // The check is done; the reply and the resolved thread follow once the webhook is answered (see after-answer.ts).
      // Not a queued review: it stays in this process, where the decision's reply is ready.
      const followUp = async (): Promise<void> => {
        try {
          await outcome.followUp();
          await github.reactToReviewComment(comment.id, 'rocket');
        } catch (error) {
          await github.reactToReviewComment(comment.id, 'confused').catch(() => undefined);
          throw error;
        }
        // No review in this process to recompute from (a restart, or another replica): review the commit that now
        // holds the entry, once the reply (whose marker makes the entry count) is posted.
        if (outcome.status === 'review') {
          await enqueueReview(deps, context, {
            repo,
            pull: { ...pull, headSha: outcome.headSha },
            deliveryId: context.id,
            trigger: 'ignore-reply',
            explicit: true,
          });
        }
      };
      deps.afterAnswer.run(followUp, context.log, 'ignore reply');
    } catch (error) {
      await github.reactToReviewComment(comment.id, 'confused').catch(() => undefined);
      throw error;
    }
  };
