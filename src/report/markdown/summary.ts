// "Executive Summary": score and rating, counts by severity, scan size, and the most urgent problems.
import { PROFILE_SUMMARY } from '../../analysis/profile.js';
import { SEVERITIES } from '../../analysis/taxonomy.js';
import { securityScore } from '../score.js';
import type { ReportContext } from '../report-context.js';
import { byRule } from '../report-context.js';
import { code, inline, table } from '../md-text.js';
import { SEVERITY_LABEL } from './labels.js';

export function summarySection(ctx: ReportContext): string {
  const { result } = ctx;
  const { score, rating, counts } = securityScore(result);
  const partial = result.files.filter((f) => f.syntaxErrors.length > 0).length;
  const lines = [
    '## Executive Summary',
    '',
    `**Overall security score: ${score}/100 — ${rating}**`,
    '',
    table(
      ['Severity', 'Findings'],
      SEVERITIES.map((s) => [SEVERITY_LABEL[s], String(counts[s])]),
    ),
    '',
    `Analysed ${result.stats.files} Python file(s), ${result.stats.lines} line(s) in ${(result.stats.durationMs / 1000).toFixed(1)} s ` +
      `with ${result.rules.length} rule(s). ${result.findings.length} open finding(s), ${result.suppressed.length} suppressed; ` +
      `${result.skipped.length} file(s) skipped, ${partial} partially parsed.`,
    '',
    profileLine(ctx),
    '',
    ...topRisks(ctx),
  ];
  return lines.join('\n');
}

/** Which profile chose the findings, and what it withheld, so a short report is not mistaken for a clean one. */
function profileLine(ctx: ReportContext): string {
  const { profile, auditNotes } = ctx.result;
  const withheld = auditNotes.length
    ? ` ${auditNotes.length} audit note(s) without evidence are listed under Audit Notes and not counted.`
    : '';
  return `Profile: ${code(profile)} — ${PROFILE_SUMMARY[profile]}.${withheld}`;
}

/** The rules behind critical and high findings, so a reader sees what matters before the details. */
function topRisks(ctx: ReportContext): string[] {
  const urgent = ctx.result.findings.filter((f) => f.severity === 'critical' || f.severity === 'high');
  if (urgent.length === 0) return ['No critical or high severity findings.'];
  const items = [...byRule(urgent)].slice(0, 10).map(([ruleId, list]) => {
    const title = ctx.metaOf(ruleId)?.title ?? ruleId;
    return `- ${SEVERITY_LABEL[list[0]!.severity]}: ${inline(title)} (${code(ruleId)}) — ${list.length} occurrence(s)`;
  });
  return ['Most urgent:', '', ...items];
}
