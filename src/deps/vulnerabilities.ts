// Turns OSV answers into findings on the manifest line: advisory ids, severity, fixed versions and the smallest
// safe upgrade as a suggested edit.
import type { Finding, Fix } from '../analysis/rule.js';
import type { Severity } from '../analysis/taxonomy.js';
import type { Dependency } from './model.js';
import { manifestFinding } from './finding.js';
import { keyOf, type OsvVulnerability } from './osv.js';
import { compareVersions, isPrerelease } from './pep440.js';
import { cvss3BaseScore } from './cvss.js';
import { DEPENDENCY_KNOWN_VULNERABILITY } from './rule-metas.js';

export function vulnerabilityFindings(
  dep: Dependency,
  vulns: OsvVulnerability[] | undefined,
  lines: readonly string[],
  lineStarts: readonly number[],
): Finding | undefined {
  if (!dep.version || !vulns?.length) return undefined;
  const upgrade = smallestSafeUpgrade(dep.version, vulns);
  const score = Math.max(...vulns.map(riskOf));
  const severity: Severity = score >= 9 ? 'critical' : score >= 7 ? 'high' : score >= 4 ? 'medium' : 'low';
  const ids = vulns.map((v) => [v.id, ...v.aliases.filter((a) => a.startsWith('CVE-'))].join('/')).join(', ');
  const text = lines[dep.line - 1] ?? '';
  // A lock file is regenerated, never edited: a hand-edited version would no longer match its recorded hashes.
  const fix =
    upgrade && dep.kind === 'direct' ? versionEdit(dep, upgrade, text, lineStarts[dep.line - 1] ?? 0) : undefined;
  const fixText = upgrade
    ? `upgrade to ${upgrade} (fixed in ${fixedList(vulns)})`
    : 'no fixed release is published yet';
  return manifestFinding(
    DEPENDENCY_KNOWN_VULNERABILITY,
    'vulnerable',
    { name: dep.name, version: dep.version, ids, fix: fixText },
    { file: dep.file, line: dep.line, text },
    { severity, riskScore: Math.max(1, Math.round(score)), ...(fix ? { fix } : {}) },
  );
}

/** The smallest release above the current one that is at or above some fixed version of every advisory. */
export function smallestSafeUpgrade(current: string, vulns: OsvVulnerability[]): string | undefined {
  let needed: string | undefined;
  for (const v of vulns) {
    const fixes = v.fixed.filter((f) => compareVersions(f, current) > 0 && !isPrerelease(f)).sort(compareVersions);
    const first = fixes[0];
    if (!first) return undefined; // one advisory has no fix above us: no safe upgrade to suggest
    if (!needed || compareVersions(first, needed) > 0) needed = first;
  }
  return needed;
}

function riskOf(v: OsvVulnerability): number {
  if (v.severity) {
    const base = cvss3BaseScore(v.severity);
    if (base !== undefined) return base;
    const word = v.severity.toUpperCase();
    if (word === 'CRITICAL') return 9.5;
    if (word === 'HIGH') return 7.5;
    if (word === 'MODERATE' || word === 'MEDIUM') return 5.5;
    if (word === 'LOW') return 3;
  }
  return 7; // unknown severity: treat as high, a published advisory is never noise
}

function fixedList(vulns: OsvVulnerability[]): string {
  return [...new Set(vulns.flatMap((v) => v.fixed))].sort(compareVersions).slice(0, 6).join(', ');
}

/** Replaces the pinned version on the declaration line (`requests==2.5.0` → `requests==2.32.3`). */
function versionEdit(dep: Dependency, upgrade: string, text: string, lineStart: number): Fix | undefined {
  const at = text.indexOf(dep.version!);
  if (at < 0) return undefined;
  return {
    description: `Upgrade ${dep.name} to ${upgrade}.`,
    edits: [{ start: lineStart + at, end: lineStart + at + dep.version!.length, text: upgrade }],
  };
}

export { keyOf };
