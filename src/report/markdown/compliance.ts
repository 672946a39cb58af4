// "Compliance Matrix": OWASP Top 10 2021 and 2025 and the 22 review categories — findings, checked, or not
// applicable ("checked" = at least one rule mapped to it ran in this scan).
import type { Finding, RuleMeta } from '../../analysis/rule.js';
import { CATEGORIES, OWASP_2021, OWASP_2025 } from '../../analysis/taxonomy.js';
import type { ReportContext } from '../report-context.js';
import { osvSkipNote } from '../dependency-inventory.js';
import { table } from '../md-text.js';

interface Row {
  id: string;
  name: string;
  rules: number;
  findings: number;
  /** Audit notes (no evidence) in the row, shown but not counted as findings. */
  auditNotes: number;
  /** What the dependency review adds to the vulnerable-components / supply-chain rows. */
  note?: string;
}

function status(row: Row): string {
  const audit = row.auditNotes > 0 ? ` · ${row.auditNotes} audit note(s)` : '';
  const note = `${audit}${row.note ? ` · ${row.note}` : ''}`;
  if (row.findings > 0) return `❌ ${row.findings} finding(s)${note}`;
  return row.rules > 0 ? `✅ Checked, no findings${note}` : '➖ Not applicable (no rule)';
}

/** The OWASP rows the dependency review answers (A06:2021 Vulnerable and Outdated Components, A03:2025 Supply Chain). */
const DEPENDENCY_ROWS = new Set(['A06:2021', 'A03:2025']);

function dependencyNote(id: string, ctx: ReportContext): string | undefined {
  const inventory = ctx.dependencies;
  if (!DEPENDENCY_ROWS.has(id) || !inventory) return undefined;
  const checked = `${inventory.dependencies.length} dependencies in ${inventory.manifests} manifest(s) reviewed`;
  return osvSkipNote(inventory)
    ? `${checked}; ⚠️ known-vulnerability lookup skipped (OSV not consulted)`
    : `${checked}, versions checked against OSV`;
}

function render(title: string, rows: Row[]): string {
  return `### ${title}\n\n${table(
    ['Id', 'Name', 'Rules run', 'Status'],
    rows.map((r) => [r.id, r.name, String(r.rules), status(r)]),
  )}`;
}

function rows(entries: [string, string][], ctx: ReportContext, keys: (meta: RuleMeta) => readonly string[]): Row[] {
  const keysOf = (f: Finding) => {
    const meta = ctx.metaOf(f.ruleId);
    return meta ? keys(meta) : [];
  };
  return entries.map(([id, name]) => {
    const note = dependencyNote(id, ctx);
    return {
      id,
      name,
      rules: ctx.result.rules.filter((m) => keys(m).includes(id)).length,
      findings: ctx.result.findings.filter((f) => keysOf(f).includes(id)).length,
      auditNotes: ctx.result.auditNotes.filter((f) => keysOf(f).includes(id)).length,
      ...(note ? { note } : {}),
    };
  });
}

export function complianceSection(ctx: ReportContext): string {
  return [
    '## Compliance Matrix',
    '',
    render(
      'OWASP Top 10 (2021)',
      rows(Object.entries(OWASP_2021), ctx, (m) => m.owasp['2021']),
    ),
    '',
    render(
      'OWASP Top 10 (2025)',
      rows(Object.entries(OWASP_2025), ctx, (m) => m.owasp['2025']),
    ),
    '',
    render(
      'SentinelPy review categories',
      rows(
        CATEGORIES.map((c) => [c.id, c.name]),
        ctx,
        (m) => [m.category],
      ),
    ),
  ].join('\n');
}
