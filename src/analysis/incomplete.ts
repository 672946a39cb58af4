// Decides whether a scan is incomplete: a reviewable Python file was skipped (size, encoding, budget) or a rule
// errored on it. An incomplete scan is never green (CLI exit 1 unless --allow-incomplete; the App's check fails or
// is neutral per `onIncomplete`), because an unanalysed file may hold exactly the vulnerability we were asked to catch.
import type { ScanResult } from './scan.js';
import { ANALYSIS_LIMIT_ID } from './file-result.js';

export interface IncompleteFile {
  path: string;
  reason: string;
}

/** Files that could not be fully analysed, each with its reason, sorted by path then reason. */
export function incompleteFiles(result: Pick<ScanResult, 'skipped' | 'errors'>): IncompleteFile[] {
  const out: IncompleteFile[] = [
    ...result.skipped.filter((s) => s.path.endsWith('.py') && !s.reason.startsWith('ignored by')),
    ...result.errors.map((e) => ({ path: e.path, reason: errorReason(e) })),
  ];
  return out.sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0,
  );
}

function errorReason(e: ScanResult['errors'][number]): string {
  const at = e.line === undefined ? '' : ` at line ${e.line}`;
  // Not a rule: the engine stopped early on a hostile shape (too deep a tree, too slow a query).
  if (e.ruleId === ANALYSIS_LIMIT_ID) return `partly analysed${at}: ${e.message}`;
  return `rule ${e.ruleId} failed${at}: ${e.message}`;
}
