// One SARIF reportingDescriptor per rule: tags (security, external/cwe/cwe-NN), security-severity, precision,
// aliases and help text from the rule's docs (what GitHub code scanning reads).
import type { RuleMeta } from '../analysis/rule.js';
import type { Confidence, Severity } from '../analysis/taxonomy.js';
import { categoryName } from '../analysis/taxonomy.js';

export const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
};

const PRECISION: Record<Confidence, string> = { high: 'high', medium: 'medium', low: 'low' };

/** `external/cwe/cwe-78` for `CWE-78` (the tag GitHub uses to link CWE pages). */
export function cweTag(cwe: string): string {
  return `external/cwe/${cwe.toLowerCase()}`;
}

function helpMarkdown(meta: RuleMeta): string {
  const d = meta.docs;
  return [
    `**${meta.title}**`,
    '',
    d.whatItDoes,
    '',
    `**Why is this bad?** ${d.whyBad}`,
    '',
    '**Example:**',
    '',
    '```python',
    d.example,
    '```',
    '',
    '**Use instead:**',
    '',
    '```python',
    d.useInstead,
    '```',
    '',
    `**Testing:** ${d.testing}`,
    ...(d.knownProblems ? ['', `**Known problems:** ${d.knownProblems}`] : []),
    '',
    '**References:**',
    ...d.references.map((r) => `- ${r}`),
  ].join('\n');
}

function helpText(meta: RuleMeta): string {
  const d = meta.docs;
  return `${d.whatItDoes}\n\nWhy is this bad? ${d.whyBad}\n\nExample:\n${d.example}\n\nUse instead:\n${d.useInstead}`;
}

export function sarifRule(meta: RuleMeta): Record<string, unknown> {
  const aliases = [...(meta.aliases.bandit ?? []), ...(meta.aliases.ruff ?? [])];
  return {
    id: meta.id,
    name: meta.id.replace(/(^|-)([a-z0-9])/g, (_m, _d, c: string) => c.toUpperCase()),
    shortDescription: { text: meta.title },
    fullDescription: { text: meta.docs.whatItDoes },
    help: { text: helpText(meta), markdown: helpMarkdown(meta) },
    ...(meta.docs.references[0] ? { helpUri: meta.docs.references[0] } : {}),
    defaultConfiguration: { level: SARIF_LEVEL[meta.severity] },
    properties: {
      tags: ['security', ...meta.cwe.map(cweTag), categoryName(meta.category)],
      'security-severity': meta.riskScore.toFixed(1),
      precision: PRECISION[meta.confidence],
      'problem.severity': meta.severity === 'low' ? 'recommendation' : SARIF_LEVEL[meta.severity],
      aliases,
      category: meta.category,
      cwe: meta.cwe,
      owasp2021: meta.owasp['2021'],
      owasp2025: meta.owasp['2025'],
    },
  };
}
