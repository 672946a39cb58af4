// Guard clauses shared by the handlers: comment commands, who may run them, and payload → pull request.
import type { Permission, PullRequestRef } from '../github/port.js';

export type Command = 'rescan' | 'help';

/** `/sentinel rescan` or `/sentinel help` at the start of a line of the comment. */
export function parseCommand(body: string | null | undefined): Command | undefined {
  const match = /^\s*\/sentinel\s+(rescan|help)\b/im.exec(body ?? '');
  return match ? (match[1]!.toLowerCase() as Command) : undefined;
}

const MAY_RESCAN: readonly Permission[] = ['admin', 'maintain', 'write'];

export function mayRescan(permission: Permission): boolean {
  return MAY_RESCAN.includes(permission);
}

export const HELP_TEXT = [
  '**SentinelPy commands** (comment on a pull request):',
  '',
  '- `/sentinel rescan` — review the pull request again (needs write, maintain or admin permission).',
  '- `/sentinel help` — show this list.',
  '',
  'Settings live in `.github/sentinel.yml` on the default branch.',
].join('\n');

interface PullPayload {
  number: number;
  draft?: boolean;
  head: { sha: string; ref: string; repo: { full_name: string } | null };
  base: { repo: { full_name: string; default_branch: string } };
}

export function pullRef(pr: PullPayload): PullRequestRef {
  return {
    number: pr.number,
    headSha: pr.head.sha,
    headRef: pr.head.ref,
    // A deleted fork has head.repo null: treat it as a fork (nothing can be pushed there).
    isFork: pr.head.repo?.full_name !== pr.base.repo.full_name,
    draft: Boolean(pr.draft),
    defaultBranch: pr.base.repo.default_branch,
  };
}
