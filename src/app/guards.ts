// Guard clauses shared by the handlers: comment commands, who may run them, and payload → pull request.
import type { Permission, PullRequestRef } from '../github/port.js';

export type Command = 'rescan' | 'help';

/** `/sentinel rescan` or `/sentinel help` at the start of a line of the comment. */
/**
 * The first command on a line of its own. Lines inside fenced code blocks, indented code (4+ spaces or a tab)
 * and quotes (`> `) are ignored: quoting or showing a command is not issuing it.
 */
export function parseCommand(body: string | null | undefined): Command | undefined {
  let fence: string | undefined;
  for (const line of (body ?? '').slice(0, 65_536).split(/\r?\n/)) {
    const opener = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (opener && opener[0] === fence[0] && opener.length >= fence.length && line.trim() === opener) fence = undefined;
      continue;
    }
    if (opener) { fence = opener; continue; }
    if (/^( {4}|\t)/.test(line) || /^ {0,3}>/.test(line)) continue;
    const match = /^ {0,3}\/sentinel[ \t]+(rescan|help)\b/i.exec(line);
    if (match) return match[1]!.toLowerCase() as Command;
  }
  return undefined;
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
  base: { ref?: string; repo: { full_name: string; default_branch: string } };
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
    ...(pr.base.ref ? { baseRef: pr.base.ref } : {}),
  };
}
