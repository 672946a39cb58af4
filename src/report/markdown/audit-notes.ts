// "Audit Notes": risky constructs with no evidence that they are exploitable (no untrusted data traced to them,
// no insecure setting as written). The default profile lists them here, collapsed, and nowhere else: they are not
// findings, not line comments, and do not move the score or the check.
import type { ReportContext } from '../report-context.js';
import { code, inline, table } from '../md-text.js';

const MAX_ROWS = 100;

export function auditNotesSection(ctx: ReportContext): string {
  const notes = ctx.result.auditNotes;
  if (!notes.length) return '';
  const rows = notes.slice(0, MAX_ROWS).map((f) => [code(`${f.path}:${f.line}`), code(f.ruleId), inline(f.message)]);
  const more =
    notes.length > MAX_ROWS ? `\n\n…and ${notes.length - MAX_ROWS} more (\`--profile audit\` lists them all).` : '';
  return [
    '## Audit Notes',
    '',
    `<details><summary>${notes.length} audit note(s): risky APIs with no evidence of untrusted input — worth a look, not counted</summary>`,
    '',
    table(['Location', 'Rule', 'Note'], rows) + more,
    '',
    '</details>',
  ].join('\n');
}
