// Context modules (unchanged files a pull request's files import) are analysed only for the data flow: what they
// report on their own is dropped, and flows that start in the change and end in them are re-anchored in the change.
import { fingerprint } from '../analysis/fingerprint.js';
import type { Finding } from '../analysis/rule.js';
import { compareFindings, type ScanResult } from '../analysis/scan.js';

/**
 * Drops what the context modules report on their own, but keeps data flows that start in the pull request and end
 * in a context module: those are re-anchored on the last step inside a changed file (the new call that completes
 * the flow), where a reviewer can see and comment on them.
 */
export function withoutContextFindings(
  result: ScanResult,
  context: ReadonlySet<string>,
  changed: ReadonlyMap<string, string>,
): ScanResult {
  const keep = (f: Finding) => !context.has(f.path);
  const files = result.files.filter((f) => !context.has(f.path));
  const reanchored = result.findings
    .filter((f) => context.has(f.path))
    .map((f) => reanchor(f, changed))
    .filter((f): f is Finding => !!f);
  return {
    ...result,
    files,
    findings: [...result.findings.filter(keep), ...reanchored].sort(compareFindings),
    suppressed: result.suppressed.filter((s) => keep(s.finding)),
    errors: result.errors.filter((e) => !context.has(e.path)),
    notes: [
      ...result.notes,
      `Data flow followed into ${context.size} unchanged module(s) the changed files import: ${[...context].sort().join(', ')}.`,
    ],
    stats: { ...result.stats, files: files.length, lines: files.reduce((n, f) => n + f.lines, 0) },
  };
}

function reanchor(finding: Finding, changed: ReadonlyMap<string, string>): Finding | undefined {
  const step = [...(finding.flow ?? [])].reverse().find((s) => s.path !== undefined && changed.has(s.path));
  if (!step?.path) return undefined;
  const lineText = changed.get(step.path)!.split(/\r?\n/)[step.line - 1] ?? '';
  const { fix: _editsInTheContextFile, ...rest } = finding; // its offsets belong to the other file
  return {
    ...rest,
    path: step.path,
    line: step.line,
    column: step.column,
    endLine: step.line,
    endColumn: Math.max(step.column + 1, lineText.length + 1),
    message: `${finding.message} (the sink is in ${finding.path}:${finding.line}, reached from here)`,
    snippet: lineText,
    fingerprint: fingerprint(finding.ruleId, step.path, `${lineText}\0${finding.path}:${finding.snippet}`, 0),
  };
}
