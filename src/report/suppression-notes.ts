// The words about suppressions a pull request adds itself: its check summary lines, the title suffix, and the
// App's comment recording a writer's `/sentinel allow`. Paths, markers and reasons come from the repository or a
// commenter: code spans, and a reason with no backtick, no raw `<`/`>`, no live mention or issue reference (so it can
// neither render HTML nor forge the hidden approval marker).
import type { SuppressedFinding } from '../analysis/suppressions.js';
import { code, inline } from './md-text.js';
import { defuse } from './review-comment.js';

/** At most this many suppressions are listed one by one in the summary. */
const LISTED = 20;

export function unreviewedTitle(title: string, unreviewed: number): string {
  if (unreviewed === 0) return title;
  return `${title} · ${unreviewed} new suppression${unreviewed === 1 ? '' : 's'} by the PR need${unreviewed === 1 ? 's' : ''} review`;
}

export function suppressionNotes(
  unreviewed: readonly SuppressedFinding[],
  approved: readonly { suppressed: SuppressedFinding; approver: string }[],
): string[] {
  const notes: string[] = [];
  for (const s of unreviewed.slice(0, LISTED)) {
    notes.push(
      `⚠️ New suppression by the PR, needs review: ${where(s)} — it still counts for this check. ` +
        `A writer can approve it with ${code(`/sentinel allow ${s.finding.fingerprint} -- reason`)}.`,
    );
  }
  if (unreviewed.length > LISTED)
    notes.push(`⚠️ …and ${unreviewed.length - LISTED} more new suppressions by the PR that need review.`);
  for (const a of approved.slice(0, LISTED))
    notes.push(`New suppression by the PR, approved by ${code(a.approver)}: ${where(a.suppressed)}.`);
  if (approved.length > LISTED) notes.push(`…and ${approved.length - LISTED} more approved suppressions.`);
  return notes;
}

function where(s: SuppressedFinding): string {
  const f = s.finding;
  return `${code(f.ruleId)} (${f.severity}) at ${code(`${f.path}:${f.line}`)}, silenced by ${code(s.by.marker)} (fingerprint ${code(f.fingerprint)})`;
}

/** The App's record of an approval; the hidden marker is what later reviews read. */
export function approvalComment(fingerprint: string, approver: string, reason: string, marker: string): string {
  return [
    `✅ Suppression of finding ${code(fingerprint)} approved by ${code(approver)}: it no longer counts for the **SentinelPy** check of this pull request.`,
    '',
    `Reason: ${plain(reason)}`,
    '',
    marker,
  ].join('\n');
}

/** Commenter text as inert prose: no code span to hide raw HTML in, every `<`/`>` an entity, mentions defused. */
export function plain(text: string): string {
  return defuse(inline(text.replace(/`/g, "'").replace(/&/g, '&amp;')));
}
