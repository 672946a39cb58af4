// Review comment bodies: rule, risk score, why it matters, the fix, a ```suggestion block when the autofix
// covers exactly the commented lines, and a hidden fingerprint marker. Text from analysed code is defused.
import type { Finding, RuleMeta } from '../analysis/rule.js';
import { applyEdits } from '../analysis/python/fixes.js';
import { code, defuse, fence, inline } from './md-text.js';
import { codeLanguage } from './code-language.js';

const MARKER = /<!-- sentinel:fp=([0-9a-f]{8,64}) -->/g;
const SEVERITY_ICON = { critical: '🔴', high: '🟠', medium: '🟡', low: '🔵' } as const;

/** How a reviewer dismisses the finding from the thread (src/app/on-review-comment.ts). */
const DISMISS_HINT =
  '<sub>Not a problem here? A writer can reply `/sentinel false-positive -- reason` ' +
  '(or `ignore`, `accepted-risk`, `wont-fix`; `--until YYYY-MM-DD` to expire) to dismiss it.</sub>';

export function fingerprintMarker(fingerprint: string): string {
  return `<!-- sentinel:fp=${fingerprint} -->`;
}

/** Fingerprints already posted, read from the hidden markers of earlier comment bodies. */
export function commentedFingerprints(bodies: readonly string[]): Set<string> {
  const seen = new Set<string>();
  for (const body of bodies) for (const m of body.matchAll(MARKER)) if (m[1]) seen.add(m[1]);
  return seen;
}

/** Kept for callers of the old home of `defuse` (it lives in md-text with the rest of the escaping). */
export { defuse };

/**
 * The replacement text for lines `line..endLine` when every edit of the finding's fix lies on those lines;
 * undefined otherwise (a suggestion replaces exactly the commented range, so a wider fix cannot be one).
 */
export function suggestionFor(finding: Finding, source: string): string | undefined {
  const edits = finding.fix?.edits;
  if (!edits?.length) return undefined;
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') starts.push(i + 1);
  const regionStart = starts[finding.line - 1];
  const nextLine = starts[finding.endLine];
  if (regionStart === undefined) return undefined;
  const regionEnd = nextLine === undefined ? source.length : nextLine - 1; // the '\n' ending endLine stays
  if (!edits.every((e) => e.start >= regionStart && e.end <= regionEnd)) return undefined;
  const delta = edits.reduce((sum, e) => sum + e.text.length - (e.end - e.start), 0);
  return applyEdits(source, edits)
    .slice(regionStart, regionEnd + delta)
    .replace(/\r$/, '');
}

export interface CommentOptions {
  /** Replacement for the commented lines (from suggestionFor), when suggestions are on. */
  suggestion?: string;
}

export function reviewCommentBody(finding: Finding, meta: RuleMeta | undefined, options: CommentOptions = {}): string {
  const severity = finding.severity;
  const title = meta ? ` — ${inline(meta.title)}` : '';
  const parts = [
    `${SEVERITY_ICON[severity]} **${severity.toUpperCase()}** · risk ${finding.riskScore}/10 · ${code(finding.ruleId)}${title}`,
    inline(finding.message),
  ];
  if (meta) parts.push(`**Why it matters:** ${inline(meta.docs.whyBad)}`);
  parts.push(fixSection(finding, meta, options.suggestion));
  if (meta) parts.push(`<sub>${[...meta.cwe, ...meta.owasp['2021']].join(' · ')}</sub>`);
  parts.push(DISMISS_HINT);
  parts.push(fingerprintMarker(finding.fingerprint));
  return parts.join('\n\n');
}

function fixSection(finding: Finding, meta: RuleMeta | undefined, suggestion: string | undefined): string {
  if (suggestion !== undefined) {
    const how = finding.fix ? inline(finding.fix.description) : 'Apply the suggested change.';
    return `**Fix:** ${how}\n\n${fence(suggestion, 'suggestion', { verbatim: true })}`;
  }
  if (finding.fix) return `**Fix:** ${inline(finding.fix.description)}`;
  if (!meta) return '**Fix:** see the check run for details.';
  return `**Fix:** use instead:\n\n${fence(meta.docs.useInstead, codeLanguage(finding.path))}`;
}
