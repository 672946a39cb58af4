// The overall security score (0–100) and rating of a scan. Severity and evidence decide it, not volume:
//   - per severity, the first finding takes SEVERITY_PENALTY[s] off 100 and each further one half the previous,
//     so a severity never takes more than twice its penalty (a hundred low notes cost less than one high);
//   - findings without evidence (`pattern`: only reported under the audit and bandit profiles) count as low;
//   - the score never reads better than the worst evidenced severity allows (SCORE_CAP), so one critical finding
//     always rates "Critical risk" and a scan with only medium and low findings rates at best "Medium risk".
// Audit notes withheld by the default profile are not findings and do not count. Documented in the README.
import { isAuditNote } from '../analysis/evidence.js';
import type { ScanResult } from '../analysis/scan.js';
import { SEVERITIES, type Severity } from '../analysis/taxonomy.js';

/** Points the first finding of a severity takes off 100. */
export const SEVERITY_PENALTY: Record<Severity, number> = { critical: 30, high: 15, medium: 5, low: 1 };

/** The highest score a scan may reach while it still has an evidenced finding of that severity. */
const SCORE_CAP: Record<Severity, number> = { critical: 39, high: 69, medium: 89, low: 99 };

/** Rating bands, worst first: a score below `below` gets `rating`. */
const RATINGS: readonly { below: number; rating: string }[] = [
  { below: 40, rating: 'Critical risk' },
  { below: 70, rating: 'High risk' },
  { below: 90, rating: 'Medium risk' },
  { below: 100, rating: 'Low risk' },
];

export interface SecurityScore {
  score: number;
  rating: string;
  counts: Record<Severity, number>;
}

export function severityCounts(findings: readonly { severity: Severity }[]): Record<Severity, number> {
  const counts = { critical: 0, high: 0, medium: 0, low: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** What `n` findings of one severity take off: p + p/2 + p/4 + … (n terms), below 2p. */
function penalty(p: number, n: number): number {
  return 2 * p * (1 - 0.5 ** n);
}

/** Score of the open (unsuppressed) findings: 100 = nothing found. */
export function securityScore(result: Pick<ScanResult, 'findings'>): SecurityScore {
  const counts = severityCounts(result.findings);
  const weighed = severityCounts(
    result.findings.map((f) => ({ severity: isAuditNote(f) ? ('low' as const) : f.severity })),
  );
  let score = 100;
  for (const severity of SEVERITIES) score -= penalty(SEVERITY_PENALTY[severity], weighed[severity]);
  score = Math.floor(score);
  for (const severity of SEVERITIES) if (weighed[severity] > 0) score = Math.min(score, SCORE_CAP[severity]);
  score = Math.max(0, score);
  const rating = RATINGS.find((r) => score < r.below)?.rating ?? 'No findings';
  return { score, rating, counts };
}
