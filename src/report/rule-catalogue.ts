// The rule catalogue (docs/rules.md and `sentinelpy rules`): every rule grouped by category, with counts per
// category, per OWASP 2021/2025 id and per CWE. Generated from rule metadata only.
import { evidenceOf } from '../analysis/evidence.js';
import type { RuleMeta } from '../analysis/rule.js';
import { CATEGORIES, OWASP_2021, OWASP_2025, THREAT_NAMES, TIMELINE_NAMES } from '../analysis/taxonomy.js';
import { code, inline, table } from './md-text.js';
import { cweLink } from './markdown/links.js';

function countBy(metas: readonly RuleMeta[], keys: (m: RuleMeta) => readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of metas) for (const k of new Set(keys(m))) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

function countTables(metas: readonly RuleMeta[]): string[] {
  const byCategory = countBy(metas, (m) => [m.category]);
  const by2021 = countBy(metas, (m) => m.owasp['2021']);
  const by2025 = countBy(metas, (m) => m.owasp['2025']);
  const byCwe = [...countBy(metas, (m) => m.cwe)].sort((a, b) => b[1] - a[1] || cweNumber(a[0]) - cweNumber(b[0]));
  return [
    '## Rules per category',
    '',
    table(
      ['Category', 'Rules'],
      CATEGORIES.map((c) => [`[${c.name}](#${c.id})`, String(byCategory.get(c.id) ?? 0)]),
    ),
    '',
    '## Rules per OWASP Top 10 id',
    '',
    table(
      ['OWASP 2021', 'Rules'],
      Object.entries(OWASP_2021).map(([id, name]) => [`${id} ${name}`, String(by2021.get(id) ?? 0)]),
    ),
    '',
    table(
      ['OWASP 2025', 'Rules'],
      Object.entries(OWASP_2025).map(([id, name]) => [`${id} ${name}`, String(by2025.get(id) ?? 0)]),
    ),
    '',
    '## Rules per CWE',
    '',
    table(
      ['CWE', 'Rules'],
      byCwe.map(([cwe, n]) => [cweLink(cwe), String(n)]),
    ),
  ];
}

function cweNumber(id: string): number {
  return Number(/\d+/.exec(id)?.[0] ?? 0);
}

function aliasText(m: RuleMeta): string {
  return [...(m.aliases.bandit ?? []), ...(m.aliases.ruff ?? [])].join(', ') || '—';
}

function categorySection(id: string, name: string, metas: readonly RuleMeta[]): string {
  const rules = metas.filter((m) => m.category === id);
  const header = `### ${name}\n\n<a id="${id}"></a>${rules.length} rule(s).`;
  if (!rules.length) return `${header} No rule covers this category yet.`;
  const rows = rules.map((m) => [
    code(m.id),
    inline(m.title),
    `${m.severity} (${m.riskScore})`,
    m.confidence,
    evidenceOf(m),
    m.cwe.join(', '),
    [...m.owasp['2021'], ...m.owasp['2025']].join(', '),
    aliasText(m),
    m.fixable ? 'yes' : '',
  ]);
  const details = rules.map(
    (m) =>
      `- ${code(m.id)}: ${inline(m.docs.whatItDoes)} Threat: ${THREAT_NAMES[m.threat]}; timeline: ${TIMELINE_NAMES[m.timeline]}.`,
  );
  return `${header}\n\n${table(['Rule', 'Title', 'Severity (risk)', 'Confidence', 'Evidence', 'CWE', 'OWASP', 'Aliases', 'Autofix'], rows)}\n\n${details.join('\n')}`;
}

/** The catalogue as Markdown; `metas` should be sorted by id (the registry is). */
export function renderRuleCatalogue(metas: readonly RuleMeta[]): string {
  return (
    [
      '# SentinelPy rule catalogue',
      '',
      `_Generated from rule metadata by \`npm run docs:rules\`; do not edit by hand. ${metas.length} rules._`,
      '',
      'Evidence: `dataflow` rules report untrusted data traced to a sink; `config` rules report a setting or literal ' +
        'insecure as written; `pattern` rules report a risky API with no evidence about its input — at most medium, and ' +
        'audit notes under the default profile (listed in the report, never commented; `--profile audit` reports them).',
      '',
      ...countTables(metas),
      '',
      '## Rules by category',
      '',
      CATEGORIES.map((c) => categorySection(c.id, c.name, metas)).join('\n\n'),
    ].join('\n') + '\n'
  );
}

/** The catalogue as JSON: each rule's metadata without its message templates. */
export function ruleCatalogueJson(metas: readonly RuleMeta[]): object {
  return { rules: metas.map(({ messages: _messages, ...rest }) => rest) };
}
