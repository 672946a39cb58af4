// "Risk Registry": one row per rule that found something — likelihood, impact, mitigation, owner, timeline.
import type { Finding, RuleMeta } from '../../analysis/rule.js';
import { THREAT_NAMES, TIMELINE_NAMES, type Severity } from '../../analysis/taxonomy.js';
import type { ReportContext } from '../report-context.js';
import { byRule } from '../report-context.js';
import { code, inline, table } from '../md-text.js';

const PRIORITY: Record<Severity, string> = { critical: 'P1', high: 'P2', medium: 'P3', low: 'P4' };
const IMPACT: Record<Severity, string> = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low' };

/** Likelihood grows with the rule's confidence and with how often the pattern recurs. */
function likelihood(findings: readonly Finding[]): string {
  const confident = findings.some((f) => f.confidence === 'high');
  if (confident || findings.length >= 5) return 'High';
  if (findings.some((f) => f.confidence === 'medium') || findings.length >= 2) return 'Medium';
  return 'Low';
}

function mitigation(findings: readonly Finding[], meta: RuleMeta | undefined): string {
  const fix = findings.find((f) => f.fix)?.fix;
  if (fix) return `${inline(fix.description)} (autofix available)`;
  const first = meta?.docs.useInstead.split('\n').find((l) => l.trim());
  return first ? `Use instead: ${code(first.trim())}` : 'See the finding.';
}

/** The owning area: the top folder shared by every affected file, for routing the risk to a team. */
function owner(findings: readonly Finding[]): string {
  const dirs = new Set(findings.map((f) => (f.path.includes('/') ? `${f.path.split('/')[0]}/` : f.path)));
  return dirs.size === 1 ? `owners of ${code([...dirs][0]!)}` : `owners of ${dirs.size} areas`;
}

export function riskRegistrySection(ctx: ReportContext): string {
  const groups = [...byRule(ctx.result.findings)];
  if (groups.length === 0) return '## Risk Registry\n\nNo open risks: nothing was found.';
  const rows = groups.map(([ruleId, findings]) => {
    const meta = ctx.metaOf(ruleId);
    const worst = findings[0]!.severity; // findings are sorted most severe first
    return [
      `${inline(meta?.title ?? ruleId)} (${code(ruleId)}, ${findings.length}×)`,
      likelihood(findings),
      `${IMPACT[worst]}${meta ? ` — ${THREAT_NAMES[meta.threat]}` : ''}`,
      mitigation(findings, meta),
      `${PRIORITY[worst]} — ${owner(findings)}`,
      meta ? TIMELINE_NAMES[meta.timeline] : '—',
    ];
  });
  return `## Risk Registry\n\n${table(['Risk', 'Likelihood', 'Impact', 'Mitigation', 'Owner / Priority', 'Timeline'], rows)}`;
}
