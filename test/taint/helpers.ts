// Runs the taint rules (or any rule set) over in-memory files as one project.
import { createAnalyzer, scanSources, type ScanResult } from '../../src/analysis/scan.js';
import type { Rule } from '../../src/analysis/rule.js';
import { RULES } from '../../rules/index.js';

export const TAINT_RULES: readonly Rule[] = RULES.filter((r) => r.meta.taint);

export async function scanProject(
  files: Record<string, string>,
  rules: readonly Rule[] = TAINT_RULES,
): Promise<ScanResult> {
  const analyzer = await createAnalyzer(rules);
  return scanSources(
    analyzer,
    Object.entries(files).map(([path, content]) => ({ path, content })),
  );
}

/** `path:line ruleId` of every finding, sorted. */
export function lines(result: ScanResult): string[] {
  return result.findings.map((f) => `${f.path}:${f.line} ${f.ruleId}`).sort();
}
