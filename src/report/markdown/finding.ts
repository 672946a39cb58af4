// One finding in the seed's format: risk score and threat, component, line, snippet, explanation, impact,
// attack scenario, fix as a patch, timeline, category, CWE/OWASP, detection pattern, testing, data flow.
import type { Finding, RuleMeta } from '../../analysis/rule.js';
import { categoryName, THREAT_NAMES, TIMELINE_NAMES } from '../../analysis/taxonomy.js';
import type { ReportContext } from '../report-context.js';
import { code, fence, inline } from '../md-text.js';
import { fixPatch } from '../fix-patch.js';
import { codeLanguage } from '../code-language.js';
import { cweLink, owaspList } from './links.js';

const SEVERITY_BANNER = { critical: '🔴 CRITICAL', high: '🟠 HIGH', medium: '🟡 MEDIUM', low: '🔵 LOW' } as const;

export function findingSection(ctx: ReportContext, finding: Finding, number: string): string {
  const meta = ctx.metaOf(finding.ruleId);
  const threat = meta ? THREAT_NAMES[meta.threat] : 'Unknown';
  const lines = [
    `### ${number} ${SEVERITY_BANNER[finding.severity]} Risk Score: ${finding.riskScore}/10 | Threat: ${threat}`,
    '',
    `**Issue:** ${inline(meta?.title ?? finding.ruleId)}  `,
    `**Component:** ${code(finding.path)}  `,
    `**Line ${finding.line}${finding.endLine > finding.line ? `–${finding.endLine}` : ''}:**`,
    '',
    fence(finding.snippet, codeLanguage(finding.path)),
    '',
    `**Detection Pattern:** ${code(finding.ruleId)} — ${inline(meta?.title ?? '')} (confidence: ${finding.confidence})  `,
    `**Explanation:** ${inline(finding.message)}${meta ? ` ${inline(meta.docs.whyBad)}` : ''}  `,
    ...(meta ? metaFields(meta) : []),
    ...flowLines(finding),
    '',
    '**Fix:**',
    '',
    fixBlock(ctx, finding, meta),
    '',
    ...(meta ? trailerFields(meta) : []),
  ];
  return lines.join('\n');
}

function metaFields(meta: RuleMeta): string[] {
  return [
    `**Business Impact:** ${inline(meta.docs.businessImpact)}  `,
    `**Attack Scenario:** ${inline(meta.docs.attackScenario)}  `,
  ];
}

function trailerFields(meta: RuleMeta): string[] {
  return [
    `**Category:** ${inline(categoryName(meta.category))} (${code(meta.category)})  `,
    `**Threat Category:** ${THREAT_NAMES[meta.threat]}  `,
    `**CWE:** ${meta.cwe.map(cweLink).join(', ') || '—'}  `,
    `**OWASP Top 10:** 2021: ${owaspList(meta.owasp['2021'])}; 2025: ${owaspList(meta.owasp['2025'])}  `,
    `**Remediation Timeline:** ${TIMELINE_NAMES[meta.timeline]}  `,
    `**Testing:** ${inline(meta.docs.testing)}`,
  ];
}

/** The data-flow path from the tainted source to the sink, when the taint analysis found one. */
function flowLines(finding: Finding): string[] {
  if (!finding.flow?.length) return [];
  const steps = finding.flow.map(
    (step, i) => `${i + 1}. ${code(`${step.path ?? finding.path}:${step.line}:${step.column}`)} ${inline(step.note)}`,
  );
  return ['', '**Data Flow:**', '', ...steps];
}

/** The autofix as a real diff of the file when possible, else the rule's documented before/after. */
function fixBlock(ctx: ReportContext, finding: Finding, meta: RuleMeta | undefined): string {
  const source = finding.fix ? ctx.source(finding.path) : undefined;
  const patch = finding.fix && source !== undefined ? fixPatch(finding.path, source, finding.fix) : undefined;
  if (finding.fix && patch) return `${inline(finding.fix.description)}\n\n${fence(ctx.redact(patch), 'diff')}`;
  if (!meta) return 'No fix is documented for this rule.';
  const patchFromDocs = [
    ...meta.docs.example.split('\n').map((l) => `-${l}`),
    ...meta.docs.useInstead.split('\n').map((l) => `+${l}`),
  ].join('\n');
  const intro = finding.fix
    ? `${inline(finding.fix.description)} The pattern, before and after:`
    : 'The pattern, before and after:';
  return `${intro}\n\n${fence(patchFromDocs, 'diff')}`;
}
