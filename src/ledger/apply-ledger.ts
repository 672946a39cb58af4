// Applies the suppression ledger to findings: an entry dismisses the finding with its fingerprint (fingerprints
// survive code moving within the file) until its `until` date; after that the finding counts again and is listed
// as expired, so nobody wonders why a dismissed finding is back.
import type { Finding } from '../analysis/rule.js';
import type { LedgerEntry } from './ledger-schema.js';

export interface Dismissed {
  finding: Finding;
  entry: LedgerEntry;
}

export interface LedgerOutcome {
  /** Findings no active entry dismisses (expired ones included). */
  kept: Finding[];
  dismissed: Dismissed[];
  /** Findings whose entry has expired: they are in `kept` again. */
  expired: Dismissed[];
}

/** `YYYY-MM-DD` of a date, in UTC (entries are dated in UTC). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** An entry holds through its `until` day and expires the day after. */
export function isExpired(entry: Pick<LedgerEntry, 'until'>, today: string): boolean {
  return entry.until !== undefined && entry.until.slice(0, 10) < today;
}

export function applyLedger(findings: readonly Finding[], entries: readonly LedgerEntry[], now: Date): LedgerOutcome {
  const byFingerprint = new Map(entries.map((e) => [e.fingerprint, e]));
  const today = isoDay(now);
  const outcome: LedgerOutcome = { kept: [], dismissed: [], expired: [] };
  for (const finding of findings) {
    const entry = byFingerprint.get(finding.fingerprint);
    // The rule must agree too: an entry is a decision about one rule's finding.
    if (!entry || entry.rule !== finding.ruleId) outcome.kept.push(finding);
    else if (isExpired(entry, today)) {
      outcome.kept.push(finding);
      outcome.expired.push({ finding, entry });
    } else outcome.dismissed.push({ finding, entry });
  }
  return outcome;
}
