// The findings, grouped Critical / High / Medium / Low, each group under its own heading (empty groups say so).
import { SEVERITIES } from '../../analysis/taxonomy.js';
import type { ReportContext } from '../report-context.js';
import { findingSection } from './finding.js';
import { SEVERITY_HEADING } from './labels.js';

const PREFIX = { critical: 'C', high: 'H', medium: 'M', low: 'L' } as const;

export function findingsSections(ctx: ReportContext): string {
  return SEVERITIES.map((severity) => {
    const findings = ctx.result.findings.filter((f) => f.severity === severity);
    const body = findings.length
      ? findings.map((f, i) => findingSection(ctx, f, `${PREFIX[severity]}${i + 1}.`)).join('\n\n---\n\n')
      : `No ${severity} severity findings.`;
    return `## ${SEVERITY_HEADING[severity]}\n\n${body}`;
  }).join('\n\n');
}
