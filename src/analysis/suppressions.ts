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

const NOSEC = /#\s*nosec\b:?\s*([A-Za-z0-9_,\s-]*?)(?:\s+--\s*(.+))?\s*$/i;
const NOQA = /#\s*noqa\s*:\s*([A-Z]+[0-9]+(?:[\s,]+[A-Z]+[0-9]+)*)(?:\s+--\s*(.+))?/i;
const SENTINEL = /#\s*sentinel\s*:\s*ignore(?:\[([^\]]*)\])?(?:\s*--\s*(.+))?/i;

/** Parses one comment; undefined when it is not a suppression. Ruff's bare `# noqa` is ignored on purpose:
 * it is a lint habit and must not silence security findings. */
export function parseSuppression(text: string, line: number, column: number): SuppressionComment | undefined {
  const sentinel = SENTINEL.exec(text);
  if (sentinel) {
    return make('sentinel', sentinel[0], splitCodes(sentinel[1]), sentinel[2], line, column);
  }
  const nosec = NOSEC.exec(text);
  if (nosec) {
    // Bandit allows free text after the ids; only ids that look like B123 or rule ids count as codes.
    const codes = splitCodes(nosec[1]).filter((c) => /^B\d{3}$/i.test(c) || /^[a-z][a-z0-9-]+$/.test(c));
    return make('nosec', nosec[0], codes, nosec[2], line, column);
  }
  const noqa = NOQA.exec(text);
  if (noqa) {
    const codes = splitCodes(noqa[1]);
    return make('noqa', noqa[0], codes, noqa[2], line, column);
  }
  return undefined;
}

function make(
  kind: SuppressionComment['kind'], marker: string, codes: string[], reason: string | undefined,
  line: number, column: number,
): SuppressionComment {
  const trimmed = reason?.trim();
  return { kind, marker: marker.trim(), codes, line, column, ...(trimmed ? { reason: trimmed } : {}) };
}

function splitCodes(raw: string | undefined): string[] {
  return (raw ?? '').split(/[\s,]+/).map((c) => c.trim()).filter(Boolean);
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
  finding: Finding, comments: Map<number, SuppressionComment>, meta: RuleMeta,
): SuppressionComment | undefined {
  for (let line = finding.line; line <= finding.endLine; line++) {
    const comment = comments.get(line);
    if (comment && suppresses(comment, meta)) return comment;
  }
  return undefined;
}
