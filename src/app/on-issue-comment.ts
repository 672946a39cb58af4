// `/sentinel rescan` and `/sentinel help` on a pull request: writers only, bots and edits ignored; eyes on
// receipt, rocket when done, confused when refused or failed.
import type { Context } from 'probot';
import type { GitHubPort } from '../github/port.js';
import type { AppDeps } from './deps.js';
import { enqueueReview } from './enqueue-review.js';
import { HELP_TEXT, mayRescan, parseCommand } from './guards.js';

export const onIssueComment = (deps: AppDeps) => async (context: Context<'issue_comment.created'>): Promise<void> => {
  if (!(await deps.deliveries.firstTime(context.id))) return;
  const { comment, issue } = context.payload;
  if (!issue.pull_request || comment.user?.type === 'Bot' || context.isBot) return;
  const command = parseCommand(comment.body);
  if (!command) return;
  const github = deps.github(context);
  await github.react(comment.id, 'eyes');
  if (command === 'help') {
    // Help only for writers: anyone else could make the App post on every pull request at will.
    if (!mayRescan(await github.permissionOf(comment.user?.login ?? ''))) return github.react(comment.id, 'confused');
    await github.comment(issue.number, HELP_TEXT);
    return github.react(comment.id, 'rocket');
  }
  try {
    await rescan(deps, context, github, comment);
  } catch (error) {
    await github.react(comment.id, 'confused').catch(() => undefined);
    throw error;
  }
};

async function rescan(
  deps: AppDeps, context: Context<'issue_comment.created'>, github: GitHubPort, comment: { id: number; user: { login: string } | null },
): Promise<void> {
  const permission = await github.permissionOf(comment.user?.login ?? '');
  if (!mayRescan(permission)) {
    context.log.info({ delivery: context.id, permission }, 'rescan refused: needs write, maintain or admin');
    return github.react(comment.id, 'confused');
  }
  const pull = await github.getPull(context.payload.issue.number);
  enqueueReview(deps, context, {
    repo: context.repo(), pull, deliveryId: context.id, trigger: 'rescan-comment', explicit: true,
  }, {
    done: () => github.react(comment.id, 'rocket'),
    failed: () => github.react(comment.id, 'confused'),
  });
}
