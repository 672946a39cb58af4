// `/sentinel rescan`, `/sentinel help` and `/sentinel allow <fingerprint> -- reason` on a pull request: writers
// only, bots and edits ignored; eyes on receipt, rocket when done, confused when refused or failed.
import type { Context } from 'probot';
import type { GitHubPort } from '../github/port.js';
import { approvalComment } from '../report/suppression-notes.js';
import { approvalMarker } from '../review/pr-suppressions.js';
import type { AppDeps } from './deps.js';
import { enqueueReview, firstDelivery } from './enqueue-review.js';
import { HELP_TEXT, mayRescan, parseAllow, parseCommand } from './comment-commands.js';

type CommentAuthor = { id: number; user: { login: string } | null };

export const ALLOW_USAGE =
  'Usage: `/sentinel allow <fingerprint> -- reason` (the fingerprint is listed in the SentinelPy check summary).';

export const onIssueComment =
  (deps: AppDeps) =>
  async (context: Context<'issue_comment.created'>): Promise<void> => {
    if (!(await firstDelivery(deps, context))) return;
    const { comment, issue } = context.payload;
    if (!issue.pull_request || comment.user?.type === 'Bot' || context.isBot) return;
    const command = parseCommand(comment.body);
    if (!command) return;
    const github = deps.github(context);
    await github.react(comment.id, 'eyes');
    // Every command is for writers only: anyone else could make the App post, review or approve at will.
    const permission = await github.permissionOf(comment.user?.login ?? '');
    if (!mayRescan(permission)) {
      context.log.info(
        { delivery: context.id, command, permission },
        'command refused: needs write, maintain or admin',
      );
      return github.react(comment.id, 'confused');
    }
    if (command === 'help') {
      await github.comment(issue.number, HELP_TEXT);
      return github.react(comment.id, 'rocket');
    }
    try {
      if (command === 'allow' && !(await recordApproval(github, issue.number, comment))) return;
      await rescan(deps, context, github, comment);
    } catch (error) {
      await github.react(comment.id, 'confused').catch(() => undefined);
      throw error;
    }
  };

/**
 * A writer's approval of a suppression the PR adds, recorded as the App's own comment (its hidden marker is read by
 * every later review, so it survives rescans and restarts); false when the command is malformed.
 */
async function recordApproval(
  github: GitHubPort,
  issueNumber: number,
  comment: CommentAuthor & { body: string },
): Promise<boolean> {
  const allow = parseAllow(comment.body);
  const approver = comment.user?.login ?? '';
  if (!allow) {
    await github.comment(issueNumber, ALLOW_USAGE);
    await github.react(comment.id, 'confused');
    return false;
  }
  await github.comment(
    issueNumber,
    approvalComment(allow.fingerprint, approver, allow.reason, approvalMarker(allow.fingerprint, approver)),
  );
  return true;
}

/** A fresh review of the pull request's head (the caller checked the permission). */
async function rescan(
  deps: AppDeps,
  context: Context<'issue_comment.created'>,
  github: GitHubPort,
  comment: CommentAuthor,
): Promise<void> {
  const pull = await github.getPull(context.payload.issue.number);
  // The worker reacts: rocket when the review is done (or a newer one serves it), confused when it failed.
  await enqueueReview(
    deps,
    context,
    {
      repo: context.repo(),
      pull,
      deliveryId: context.id,
      trigger: 'rescan-comment',
      explicit: true,
    },
    comment.id,
  );
}
