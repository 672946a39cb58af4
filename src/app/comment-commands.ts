// Pull request comment commands (`/sentinel rescan|help|allow`): parsing them, and who may run them.
import type { Permission } from '../github/port.js';

export type Command = 'rescan' | 'help' | 'allow';

/**
 * Lines of a comment that can carry a command. Lines inside fenced code blocks, indented code (4+ spaces or a tab)
 * and quotes (`> `) are left out: quoting or showing a command is not issuing it.
 */
function* commandLines(body: string | null | undefined): Generator<string> {
  let fence: string | undefined;
  for (const line of (body ?? '').slice(0, 65_536).split(/\r?\n/)) {
    const opener = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (opener && opener[0] === fence[0] && opener.length >= fence.length && line.trim() === opener)
        fence = undefined;
      continue;
    }
    if (opener) {
      fence = opener;
      continue;
    }
    if (/^( {4}|\t)/.test(line) || /^ {0,3}>/.test(line)) continue;
    yield line;
  }
}

/** The first `/sentinel rescan|help|allow` at the start of a command line of the comment. */
export function parseCommand(body: string | null | undefined): Command | undefined {
  for (const line of commandLines(body)) {
    const match = /^ {0,3}\/sentinel[ \t]+(rescan|help|allow)\b/i.exec(line);
    if (match) return match[1]!.toLowerCase() as Command;
  }
  return undefined;
}

export interface AllowCommand {
  fingerprint: string;
  reason: string;
}

/** `/sentinel allow <fingerprint> -- reason` (a reason is required); undefined when the first allow line is malformed. */
export function parseAllow(body: string | null | undefined): AllowCommand | undefined {
  for (const line of commandLines(body)) {
    const command = /^ {0,3}\/sentinel[ \t]+allow\b(.*)$/i.exec(line);
    if (!command) continue;
    const args = /^[ \t]+([0-9a-f]{8,64})[ \t]+--[ \t]*(\S.*)$/i.exec(command[1]!);
    return args ? { fingerprint: args[1]!.toLowerCase(), reason: args[2]!.trim().slice(0, 500) } : undefined;
  }
  return undefined;
}

export const DECISION_KINDS = ['ignore', 'false-positive', 'accepted-risk', 'wont-fix'] as const;
export type DecisionKindWord = (typeof DECISION_KINDS)[number];

export interface DecisionCommand {
  kind: DecisionKindWord;
  reason: string;
  /** YYYY-MM-DD. */
  until?: string;
}

export const IGNORE_USAGE =
  'Usage: reply `/sentinel ignore -- reason` to a SentinelPy review comment (or `false-positive`, ' +
  '`accepted-risk`, `wont-fix` instead of `ignore`; optional `--until YYYY-MM-DD` before `--`). A reason is required.';

/**
 * `/sentinel ignore|false-positive|accepted-risk|wont-fix [--until YYYY-MM-DD] -- reason` on a command line of the
 * body: the decision; `'malformed'` when the first such line lacks a reason or has a bad date; undefined when there
 * is no such command. `today` (YYYY-MM-DD) refuses expiry dates that have already passed.
 */
export function parseDecision(
  body: string | null | undefined,
  today: string,
): DecisionCommand | 'malformed' | undefined {
  for (const line of commandLines(body)) {
    const command = /^ {0,3}\/sentinel[ \t]+(ignore|false-positive|accepted-risk|wont-fix)(?![\w-])(.*)$/i.exec(line);
    if (!command) continue;
    const args = /^(?:[ \t]+--until[ \t]+(\d{4}-\d{2}-\d{2}))?[ \t]+--[ \t]*(\S.*)$/i.exec(command[2]!);
    if (!args) return 'malformed';
    const until = args[1];
    if (until !== undefined && !(isCalendarDate(until) && until >= today)) return 'malformed';
    return {
      kind: command[1]!.toLowerCase() as DecisionKindWord,
      reason: args[2]!.trim().slice(0, 500),
      ...(until ? { until } : {}),
    };
  }
  return undefined;
}

function isCalendarDate(day: string): boolean {
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}

const MAY_RESCAN: readonly Permission[] = ['admin', 'maintain', 'write'];

export function mayRescan(permission: Permission): boolean {
  return MAY_RESCAN.includes(permission);
}

export const HELP_TEXT = [
  '**SentinelPy commands** (comment on a pull request):',
  '',
  '- `/sentinel rescan` — review the pull request again (needs write, maintain or admin permission).',
  '- `/sentinel allow <fingerprint> -- reason` — approve a suppression comment (`# nosec`, `# noqa`, `# sentinel: ignore`)',
  '  that this pull request adds, so its finding no longer fails the check (needs write, maintain or admin permission).',
  '- `/sentinel ignore -- reason` as a **reply to a SentinelPy review comment** — dismiss that finding (also',
  '  `false-positive`, `accepted-risk`, `wont-fix`; optional `--until YYYY-MM-DD`): recorded in `.github/sentinel-ignore.yml`,',
  '  the thread is resolved and the check updated at once (needs write, maintain or admin permission).',
  '- `/sentinel help` — show this list.',
  '',
  'Settings live in `.github/sentinel.yml` on the default branch.',
].join('\n');
