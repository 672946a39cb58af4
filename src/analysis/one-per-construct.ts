// One finding per construct (issue 10): two rules that flag the same code with a shared CWE are one problem to the
// reader (`SECRET_KEY = "…"` as a Django secret key and as a hard-coded password; `eval` and `compile` of one
// expression). The best-evidenced, most severe one is kept; the others are dropped, not hidden behind a count.
import type { Finding, RuleMeta } from './rule.js';
import type { Evidence } from './taxonomy.js';
import { severityRank } from './taxonomy.js';

const EVIDENCE_RANK: Record<Evidence, number> = { dataflow: 3, config: 2, pattern: 1 };

/** Whether two findings cover overlapping source ranges (same construct), not merely the same line. */
export function overlap(a: Finding, b: Finding): boolean {
  const before = (l1: number, c1: number, l2: number, c2: number) => l1 < l2 || (l1 === l2 && c1 < c2);
  return (
    a.path === b.path &&
    before(a.line, a.column, b.endLine, b.endColumn) &&
    before(b.line, b.column, a.endLine, a.endColumn)
  );
}

/** Better first: evidence, severity, risk, then rule id so the choice is the same on every run. */
function better(a: Finding, b: Finding): number {
  return (
    EVIDENCE_RANK[b.evidence] - EVIDENCE_RANK[a.evidence] ||
    severityRank(b.severity) - severityRank(a.severity) ||
    b.riskScore - a.riskScore ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}

/**
 * `findings` of one file without the weaker duplicates of a construct (`kept`, order kept), and the duplicates
 * (`merged`): the bandit profile gives those back, since Bandit reports each of its checks on its own.
 */
export function oneFindingPerConstruct(
  findings: readonly Finding[],
  metaOf: (id: string) => RuleMeta | undefined,
): { kept: Finding[]; merged: Finding[] } {
  if (findings.length < 2) return { kept: [...findings], merged: [] };
  const cwes = (f: Finding) => metaOf(f.ruleId)?.cwe ?? [];
  const dropped = new Set<Finding>();
  /** Secret spans of dropped findings go to the kept one: redaction must still find every secret they marked. */
  const inherited = new Map<Finding, NonNullable<Finding['secrets']>>();
  const ranked = [...findings].sort(better);
  for (let i = 0; i < ranked.length; i++) {
    const keep = ranked[i]!;
    if (dropped.has(keep)) continue;
    const shared = new Set(cwes(keep));
    for (let j = i + 1; j < ranked.length; j++) {
      const other = ranked[j]!;
      if (dropped.has(other) || other.ruleId === keep.ruleId || !overlap(keep, other)) continue;
      if (cwes(other).some((c) => shared.has(c))) {
        dropped.add(other);
        if (other.secrets?.length)
          inherited.set(keep, [...(inherited.get(keep) ?? keep.secrets ?? []), ...other.secrets]);
      }
    }
  }
  const kept = findings
    .filter((f) => !dropped.has(f))
    .map((f) => (inherited.has(f) ? { ...f, secrets: inherited.get(f)! } : f));
  return { kept, merged: findings.filter((f) => dropped.has(f)) };
}
