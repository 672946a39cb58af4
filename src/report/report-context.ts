// What every report section reads: the scan result, rule metadata by id, and a lookup of file sources.
import type { ScanResult } from '../analysis/scan.js';
import type { Finding, RuleMeta } from '../analysis/rule.js';
import type { DependencyInventory } from './dependency-inventory.js';
import { secretRedactor } from './redact-secrets.js';

export interface ReportContext {
  result: ScanResult;
  metaOf(ruleId: string): RuleMeta | undefined;
  /** The analysed file's text, when the caller has it (needed to render autofixes as real diffs). */
  source(path: string): string | undefined;
  /** The dependency review's inventory, when manifests were reviewed. */
  dependencies?: DependencyInventory;
  /** Redacts the scan's secrets from text quoted from the sources (fix patches). */
  redact(text: string): string;
}

export function reportContext(
  result: ScanResult,
  source?: (path: string) => string | undefined,
  dependencies?: DependencyInventory,
): ReportContext {
  const metas = new Map(result.rules.map((m) => [m.id, m]));
  const read = (path: string) => {
    try {
      return source?.(path);
    } catch {
      return undefined; // a report is never lost because one file could not be re-read
    }
  };
  return {
    result,
    ...(dependencies ? { dependencies } : {}),
    metaOf: (id) => metas.get(id),
    source: read,
    redact: secretRedactor(result, read),
  };
}

/** Findings grouped by rule id, in first-appearance order (the findings are already most severe first). */
export function byRule(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = groups.get(f.ruleId);
    if (list) list.push(f);
    else groups.set(f.ruleId, [f]);
  }
  return groups;
}
