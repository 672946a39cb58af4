// The overall security score (0–100) and rating of a scan: a penalty per finding, capped by the worst severity.
import type { ScanResult } from '../analysis/scan.js';
import { SEVERITIES, type Severity } from '../analysis/taxonomy.js';

/** Points a single finding takes off 100 (the seed's bands: one critical outweighs many lows). */
export const SEVERITY_PENALTY: Record<Severity, number> = { critical: 25, high: 10, medium: 4, low: 1 };

/**
 * The highest score a scan may reach while it still has a finding of that severity, so the rating never reads
 * better than the worst open problem (one critical finding always rates "Critical risk").
 */
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

/** Score of the open (unsuppressed) findings: 100 = nothing found. */
export function securityScore(result: ScanResult): SecurityScore {
  const counts = severityCounts(result.findings);
  let score = 100;
  for (const severity of SEVERITIES) score -= counts[severity] * SEVERITY_PENALTY[severity];
  for (const severity of SEVERITIES) if (counts[severity] > 0) score = Math.min(score, SCORE_CAP[severity]);
  score = Math.max(0, score);
  const rating = RATINGS.find((r) => score < r.below)?.rating ?? 'No findings';
  return { score, rating, counts };
}
