// "Scan Notes": what the scan could not fully do — skipped files, partially parsed files, internal rule errors,
// suppressed findings — so that a clean report cannot hide an incomplete scan.
import type { ReportContext } from '../report-context.js';
import { code, inline, table } from '../md-text.js';

/** At most this many rows per table; the rest is counted (a vendored tree can skip thousands of files). */
const MAX_ROWS = 50;

function capped<T>(items: readonly T[], render: (item: T) => string[]): { rows: string[][]; more: string } {
  const rows = items.slice(0, MAX_ROWS).map(render);
  return { rows, more: items.length > MAX_ROWS ? `\n\n…and ${items.length - MAX_ROWS} more.` : '' };
}

function skipped(ctx: ReportContext): string {
  const list = ctx.result.skipped;
  if (!list.length) return '**Skipped files:** none.';
  const { rows, more } = capped(list, (s) => [code(s.path), inline(s.reason)]);
  return `**Skipped files (${list.length}):**\n\n${table(['File', 'Reason'], rows)}${more}`;
}

function partial(ctx: ReportContext): string {
  const list = ctx.result.files.filter((f) => f.syntaxErrors.length > 0);
  if (!list.length) return '**Partially parsed files:** none.';
  const { rows, more } = capped(list, (f) => [code(f.path), f.syntaxErrors.slice(0, 10).join(', ')]);
  const intro = 'These files have syntax errors; the analyzer recovered and analysed the rest of each file.';
  return `**Partially parsed files (${list.length}):** ${intro}\n\n${table(['File', 'Lines with syntax errors'], rows)}${more}`;
}

function errors(ctx: ReportContext): string {
  const list = ctx.result.errors;
  if (!list.length) return '**Internal rule errors:** none.';
  const { rows, more } = capped(list, (e) => [code(e.ruleId), code(e.path), inline(e.message)]);
  return `**Internal rule errors (${list.length}):** the rule stopped on that file; other rules carried on.\n\n${table(['Rule', 'File', 'Error'], rows)}${more}`;
}

function suppressed(ctx: ReportContext): string {
  const list = ctx.result.suppressed;
  if (!list.length) return '**Suppressed findings:** none.';
  const byKind = new Map<string, number>();
  for (const s of list) byKind.set(s.by.kind, (byKind.get(s.by.kind) ?? 0) + 1);
  const kinds = [...byKind].map(([k, n]) => `${n} by \`${k}\``).join(', ');
  const unexplained = list.filter((s) => !s.by.reason).length;
  return `**Suppressed findings:** ${list.length} (${kinds}); ${unexplained} without a reason (reported as low findings).`;
}

export function scanNotesSection(ctx: ReportContext): string {
  const notes = ctx.result.notes.map((n) => `- ${inline(n)}`);
  return [
    '## Scan Notes',
    '',
    skipped(ctx),
    '',
    partial(ctx),
    '',
    errors(ctx),
    '',
    suppressed(ctx),
    ...(notes.length ? ['', '**Other notes:**', '', ...notes] : []),
  ].join('\n');
}
