// "Next Steps": a prioritised action plan — fixes by remediation timeline, then the scan's own loose ends.
import { TIMELINES, TIMELINE_NAMES } from '../../analysis/taxonomy.js';
import type { ReportContext } from '../report-context.js';
import { byRule } from '../report-context.js';
import { code, inline } from '../md-text.js';

export function nextStepsSection(ctx: ReportContext): string {
  const { result } = ctx;
  const steps: string[] = [];
  for (const timeline of TIMELINES) {
    const groups = [...byRule(result.findings)].filter(([id]) => ctx.metaOf(id)?.timeline === timeline);
    if (groups.length === 0) continue;
    const what = groups.map(([id, list]) => `${inline(ctx.metaOf(id)?.title ?? id)} (${code(id)}, ${list.length}×)`);
    steps.push(`**${TIMELINE_NAMES[timeline]}:** fix ${what.join('; ')}.`);
  }
  const untimed = result.findings.filter((f) => !ctx.metaOf(f.ruleId)).length;
  if (untimed) steps.push(`Review ${untimed} finding(s) of rules without metadata.`);
  const partial = result.files.filter((f) => f.syntaxErrors.length > 0).length;
  if (partial)
    steps.push(`Fix the syntax errors in ${partial} partially parsed file(s), then re-scan them (see Scan Notes).`);
  if (result.skipped.length)
    steps.push(`Review the ${result.skipped.length} skipped file(s) by hand or raise \`limits.maxFileBytes\`.`);
  if (result.errors.length)
    steps.push(`Report the ${result.errors.length} internal rule error(s) to the SentinelPy maintainers.`);
  steps.push(
    "Add regression tests from each finding's testing recommendation, then re-run `sentinelpy scan` to confirm the fixes.",
  );
  steps.push(
    'Gate merges on the scan in CI (`sentinelpy scan --fail-on high --format sarif`) and pair it with `pip-audit` for dependencies.',
  );
  return `## Next Steps\n\n${steps.map((s, i) => `${i + 1}. ${s}`).join('\n')}`;
}
