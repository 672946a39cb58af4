// Profiles: which findings a scan reports (Semgrep's p/default vs p/security-audit, Ruff's rule selection).
//   default — evidence-backed findings only (data flow, settings insecure as written); risky-API notes without
//             evidence are withheld as audit notes: listed in reports, never line comments, never counted.
//   audit   — everything, audit notes included as findings (SARIF `note`).
//   bandit  — the checks with a Bandit id, under those ids, for teams migrating from Bandit.
import { isAuditNote } from './evidence.js';
import type { RuleMeta } from './rule.js';
import type { ProfileId } from './profile-ids.js';
import type { ScanResult } from './scan.js';

export { PROFILES, type ProfileId } from './profile-ids.js';

export const PROFILE_SUMMARY: Record<ProfileId, string> = {
  default: 'evidence-backed findings; audit notes listed apart',
  audit: 'every finding, audit notes included',
  bandit: 'the checks Bandit has, with its ids',
};

/** Narrows an unfiltered scan (what buildScanResult returns: every finding, profile `audit`) to `profile`. */
export function applyProfile(result: ScanResult, profile: ProfileId): ScanResult {
  if (profile === 'audit') return { ...result, profile, findings: [...result.findings, ...result.auditNotes], auditNotes: [] };
  const all = [...result.findings, ...result.auditNotes];
  if (profile === 'bandit') {
    const bandit = banditRuleIds(result.rules);
    return { ...result, profile, findings: all.filter((f) => bandit.has(f.ruleId)), auditNotes: [] };
  }
  return { ...result, profile, findings: all.filter((f) => !isAuditNote(f)), auditNotes: all.filter(isAuditNote) };
}

function banditRuleIds(rules: readonly RuleMeta[]): Set<string> {
  return new Set(rules.filter((r) => (r.aliases.bandit ?? []).length > 0).map((r) => r.id));
}
