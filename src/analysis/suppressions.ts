// Inline suppressions: Bandit's `# nosec [B602]`, Ruff's `# noqa: S602`, and `# sentinel: ignore[rule] -- reason`.
import type { Finding, RuleMeta } from './rule.js';

export interface SuppressionComment {
  line: number;
  /** The marker as written, for messages (`# nosec B602`). */
  marker: string;
  kind: 'nosec' | 'noqa' | 'sentinel';
  /** Codes or rule ids named; empty = every rule (not allowed for noqa). */
  codes: string[];
  reason?: string;
  column: number;
}

export interface SuppressedFinding {
  finding: Finding;
  by: SuppressionComment;
}

/** Where a Bandit marker starts; the rest of it is read by `readNosec` (see there why not one regex). */
export const NOSEC_START = /#\s*nosec\b/gi;
export const NOQA = /#\s*noqa\s*:\s*([A-Z]+[0-9]+(?:[\s,]+[A-Z]+[0-9]+)*)/i;
export const SENTINEL = /#\s*sentinel\s*:\s*ignore(?:\[([^\]]*)\])?/i;

/**
 * The reason written after a marker's codes, with the delimiters people use: `-- why`, `- why`, `— why`, `: why`,
 * `# why`, `(why)`, or plain words. Undefined when nothing that reads as words is left (a bare code).
 */
export function reasonAfter(tail: string): string | undefined {
  let text = tail.trim();
  const open = /^(?:--|—|–|-|:|#|\()/.exec(text);
  if (open) {
    text = text.slice(open[0].length).trim();
    if (open[0] === '(' && text.endsWith(')')) text = text.slice(0, -1).trim();
  }
  return /[A-Za-z]{2}/.test(text) ? text : undefined;
}

/** Bandit ids (`B602`) and rule ids (`subprocess-shell-true`: kebab-case with a hyphen, so plain words are prose). */
function isNosecCode(token: string): boolean {
  return /^B\d{3}$/i.test(token) || /^[a-z][a-z0-9]*(-[a-z0-9]+)+$/.test(token);
}

/** Parses one comment; undefined when it is not a suppression. Ruff's bare `# noqa` is ignored on purpose:
 * it is a lint habit and must not silence security findings. */
export function parseSuppression(text: string, line: number, column: number): SuppressionComment | undefined {
  const sentinel = SENTINEL.exec(text);
  if (sentinel) {
    const reason = reasonAfter(text.slice(sentinel.index + sentinel[0].length));
    return make('sentinel', text.slice(sentinel.index), splitCodes(sentinel[1]), reason, line, column);
  }
  const nosec = readNosec(text) ?? nosecWithProse(text);
  if (nosec) {
    // Bandit allows free text after the ids: the codes are the leading ids, the words after them the reason
    // (`# nosec B602 reviewed: constant command`, `# nosec - only test data`).
    const tokens = splitCodes(nosec.codes);
    let n = 0;
    while (n < tokens.length && isNosecCode(tokens[n]!)) n++;
    const reason = nosec.reason ?? reasonAfter(tokens.slice(n).join(' '));
    return make('nosec', nosec.marker, tokens.slice(0, n), reason, line, column);
  }
  const noqa = NOQA.exec(text);
  if (noqa) {
    const reason = reasonAfter(text.slice(noqa.index + noqa[0].length));
    return make('noqa', text.slice(noqa.index), splitCodes(noqa[1]), reason, line, column);
  }
  return undefined;
}

const CODE_CHAR = /[A-Za-z0-9_,\s-]/;
const SPACE = /\s/;

/**
 * `# nosec[:] [codes] [-- reason]` running to the end of the comment, as the regex
 * `/#\s*nosec\b:?\s*([A-Za-z0-9_,\s-]*?)(?:\s+--\s*(.+))?\s*$/i` reads it — but in one pass: that regex has three
 * overlapping whitespace quantifiers and took tens of seconds on `# nosec` + a few thousand spaces + `!`.
 * The codes end at the first whitespace run followed by `--` and at least one character (the reason), or where
 * only trailing whitespace is left; everything before must be code characters, else this marker does not count.
 */
export function readNosec(text: string): { marker: string; codes: string; reason?: string } | undefined {
  let trailing = text.length; // where the text's trailing whitespace starts: the same for every marker
  while (trailing > 0 && SPACE.test(text[trailing - 1]!)) trailing--;
  for (const start of text.matchAll(NOSEC_START)) {
    let from = start.index + start[0].length;
    if (text[from] === ':') from++;
    let lead = from;
    while (lead < text.length && SPACE.test(text[lead]!)) lead++;
    // The regex's `\s*` before the codes first takes every leading space, and gives them back only when nothing
    // else matches (then `# nosec -- reason!` reads as a reason): tried in that order to keep its results.
    const parts =
      splitNosecTail(text, lead, trailing) ?? (lead > from ? splitNosecTail(text, from, trailing) : undefined);
    if (parts) return { marker: text.slice(start.index), ...parts };
  }
  return undefined;
}

/**
 * `# nosec B602 reviewed: constant (see #12)` — Bandit honours a marker followed by any text, where `readNosec`'s
 * grammar stops at the first character that cannot be in a code. The whole tail then goes to the caller, which
 * takes the leading ids as codes and the rest as the reason.
 */
function nosecWithProse(text: string): { marker: string; codes: string; reason?: string } | undefined {
  NOSEC_START.lastIndex = 0;
  const start = NOSEC_START.exec(text);
  NOSEC_START.lastIndex = 0;
  if (!start) return undefined;
  let from = start.index + start[0].length;
  if (text[from] === ':') from++;
  // Only prose that reads as words: `# nosec   !` stays what it was, not a suppression.
  const prose = splitCodes(text.slice(from))
    .filter((t) => !isNosecCode(t))
    .join(' ');
  return reasonAfter(prose) ? { marker: text.slice(start.index), codes: text.slice(from) } : undefined;
}

/** Codes and reason of the marker tail `text[from…]`; `trailing` is where the text's trailing whitespace starts. */
function splitNosecTail(text: string, from: number, trailing: number): { codes: string; reason?: string } | undefined {
  for (let p = from; p <= text.length; p++) {
    if (p >= trailing) return { codes: text.slice(from, p) };
    const ch = text[p]!;
    if (SPACE.test(ch) && (p === from || !SPACE.test(text[p - 1]!))) {
      let q = p;
      while (q < text.length && SPACE.test(text[q]!)) q++;
      if (text.startsWith('--', q) && q + 2 < text.length) {
        let r = q + 2;
        while (r < text.length - 1 && SPACE.test(text[r]!)) r++; // `\s*(.+)`: the reason keeps one character at least
        return { codes: text.slice(from, p), reason: text.slice(r) };
      }
      if (q >= trailing) return { codes: text.slice(from, p) };
      p = q - 1; // the run is passed: spaces are code characters
      continue;
    }
    if (!CODE_CHAR.test(ch)) return undefined;
  }
  return undefined;
}

function make(
  kind: SuppressionComment['kind'],
  marker: string,
  codes: string[],
  reason: string | undefined,
  line: number,
  column: number,
): SuppressionComment {
  const trimmed = reason?.trim();
  return { kind, marker: marker.trim(), codes, line, column, ...(trimmed ? { reason: trimmed } : {}) };
}

function splitCodes(raw: string | undefined): string[] {
  return (raw ?? '')
    .split(/[\s,]+/)
    .map((c) => c.trim())
    .filter(Boolean);
}

/** Whether `comment` silences findings of `meta`. */
export function suppresses(comment: SuppressionComment, meta: RuleMeta): boolean {
  const names = [meta.id, ...(meta.aliases.bandit ?? []), ...(meta.aliases.ruff ?? [])].map((n) => n.toUpperCase());
  if (comment.kind === 'noqa') return comment.codes.some((c) => names.includes(c.toUpperCase()));
  if (comment.codes.length === 0) return true;
  return comment.codes.some((c) => names.includes(c.toUpperCase()));
}

/**
 * Splits findings into kept and suppressed. A suppression on any line a finding spans applies to it.
 * Returns the comments that suppressed something, so unexplained ones can be reported.
 */
export function applySuppressions(
  findings: Finding[],
  comments: Map<number, SuppressionComment>,
  metaOf: (ruleId: string) => RuleMeta | undefined,
): { kept: Finding[]; suppressed: SuppressedFinding[] } {
  if (comments.size === 0) return { kept: findings, suppressed: [] };
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const finding of findings) {
    const meta = metaOf(finding.ruleId);
    const by = meta ? findComment(finding, comments, meta) : undefined;
    if (by) suppressed.push({ finding, by });
    else kept.push(finding);
  }
  return { kept, suppressed };
}

function findComment(
  finding: Finding,
  comments: Map<number, SuppressionComment>,
  meta: RuleMeta,
): SuppressionComment | undefined {
  for (let line = finding.line; line <= finding.endLine; line++) {
    const comment = comments.get(line);
    if (comment && suppresses(comment, meta)) return comment;
  }
  return undefined;
}
