// Profiles: which findings a scan reports (Semgrep's p/default vs p/security-audit, Ruff's rule selection).
//   default — evidence-backed findings only (data flow, settings insecure as written); risky-API notes without
//             evidence are withheld as audit notes: listed in reports, never line comments, never counted.
//   audit   — everything, audit notes included as findings (SARIF `note`).
//   bandit  — the checks with a Bandit id, under those ids, for teams migrating from Bandit.
import { isAuditNote } from './evidence.js';
import { overlap } from './one-per-construct.js';
import type { Finding, RuleMeta } from './rule.js';
import type { ProfileId } from './profile-ids.js';
import { compareFindings, type ScanResult } from './scan.js';

export { PROFILES, type ProfileId } from './profile-ids.js';

export const PROFILE_SUMMARY: Record<ProfileId, string> = {
  default: 'evidence-backed findings; audit notes listed apart',
  audit: 'every finding, audit notes included',
  bandit: 'the checks Bandit has, with its ids',
};

/** Narrows an unfiltered scan (what buildScanResult returns: every finding, profile `audit`) to `profile`. */
export function applyProfile(result: ScanResult, profile: ProfileId): ScanResult {
  if (profile === 'audit')
    return { ...result, profile, findings: [...result.findings, ...result.auditNotes], auditNotes: [] };
  const all = [...result.findings, ...result.auditNotes];
  if (profile === 'bandit') {
    const idsOf = banditIdsByRule(result.rules);
    const kept = all.filter((f) => idsOf.has(f.ruleId));
    const restored = banditOnlyDuplicates(result.merged ?? [], kept, idsOf);
    return { ...result, profile, findings: [...kept, ...restored].sort(compareFindings), auditNotes: [] };
  }
  return { ...result, profile, findings: all.filter((f) => !isAuditNote(f)), auditNotes: all.filter(isAuditNote) };
}

function banditIdsByRule(rules: readonly RuleMeta[]): Map<string, readonly string[]> {
  return new Map(rules.filter((r) => (r.aliases.bandit ?? []).length > 0).map((r) => [r.id, r.aliases.bandit!]));
}

/**
 * Bandit reports each check on its own (`os.system("tar *")` is B605 and B609), so a duplicate folded into a kept
 * finding comes back when it carries a Bandit id that no kept finding on the same construct carries.
 */
function banditOnlyDuplicates(
  merged: readonly Finding[],
  kept: readonly Finding[],
  idsOf: Map<string, readonly string[]>,
): Finding[] {
  const restored: Finding[] = [];
  for (const dup of merged) {
    const ids = idsOf.get(dup.ruleId) ?? [];
    const covered = (id: string) =>
      [...kept, ...restored].some((k) => overlap(k, dup) && (idsOf.get(k.ruleId) ?? []).includes(id));
    if (ids.some((id) => !covered(id))) restored.push(dup);
  }
  return restored;
}
