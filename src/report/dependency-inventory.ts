// What the reports know about the dependency review beyond its findings: the dependencies found, their advisories
// and the review's notes (e.g. "dependency vulnerability check skipped: OSV unreachable"). Plain data, no I/O.
import type { Dependency } from '../deps/model.js';
import { DEPENDENCY_METAS } from '../deps/rule-metas.js';

export interface DependencyInventory {
  /** Every dependency of every manifest reviewed, in manifest order. */
  dependencies: readonly Dependency[];
  /** Advisory ids by `file:line` of the declaration (from OSV). */
  advisories: Readonly<Record<string, readonly string[]>>;
  /** Notes of the dependency review (OSV skipped, unreadable manifests). */
  notes: readonly string[];
  /** Manifests read (including files reached through `-r`/`-c`). */
  manifests: number;
}

export const OSV_SKIPPED = 'dependency vulnerability check skipped';

/** The note saying OSV was not consulted, when there is one. */
export function osvSkipNote(inventory: DependencyInventory | undefined): string | undefined {
  return inventory?.notes.find((n) => n.startsWith(OSV_SKIPPED));
}

/** Rule ids of the dependency review: their findings sit on manifest lines, not Python code. */
export function isDependencyRule(ruleId: string): boolean {
  return DEPENDENCY_RULE_IDS.has(ruleId);
}

const DEPENDENCY_RULE_IDS = new Set(DEPENDENCY_METAS.map((m) => m.id));
