// The two orders findings are listed in: within a file (by position), and across a scan (most severe first).
import type { Finding } from './rule.js';
import { severityRank } from './taxonomy.js';

/** Within one file: by line, column, then rule id. */
export function compareInFile(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}

/** Across a scan: most severe and riskiest first, then by path and position. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank(b.severity) - severityRank(a.severity) ||
    b.riskScore - a.riskScore ||
    a.path.localeCompare(b.path) ||
    a.line - b.line ||
    a.column - b.column ||
    a.ruleId.localeCompare(b.ruleId)
  );
}
