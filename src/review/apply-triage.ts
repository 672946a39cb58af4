// Narrows the review's new findings by the baseline and the ledger entries that count, with summary notes for
// what was left out and for entries that expired. Pure: the ignore command calls it again with one more entry to
// recompute the check from the findings it already has.
import type { Finding } from '../analysis/rule.js';
import { applyLedger } from '../ledger/apply-ledger.js';
import { withoutBaseline } from '../ledger/baseline.js';
import type { LedgerEntry } from '../ledger/ledger-schema.js';
import { LEDGER_PATH } from '../ledger/read-ledger.js';
import { code, inline } from '../report/md-text.js';
import type { Triage } from './load-triage.js';

export interface TriagedFindings {
  kept: Finding[];
  /** Whether a finding (this one or its redacted copy) was left out: the report and comments leave it out too. */
  isLeft(finding: Pick<Finding, 'ruleId' | 'fingerprint'>): boolean;
  notes: string[];
}

export function applyTriage(
  findings: readonly Finding[],
  triage: Triage,
  extra: readonly LedgerEntry[],
  now: Date,
): TriagedFindings {
  const byFingerprint = new Map([...triage.entries, ...extra].map((e) => [e.fingerprint, e]));
  const base = triage.baseline ? withoutBaseline(findings, triage.baseline) : { kept: [...findings], known: 0 };
  const ledger = applyLedger(base.kept, [...byFingerprint.values()], now);
  const key = (f: Pick<Finding, 'ruleId' | 'fingerprint'>) => `${f.ruleId}\0${f.fingerprint}`;
  const kept = new Set(ledger.kept.map(key));
  const left = new Set(findings.map(key).filter((k) => !kept.has(k)));
  const notes = [
    ...triage.notes,
    ...(base.known ? [`${base.known} finding(s) are in the baseline (config \`baseline\`) and do not count.`] : []),
    ...ledger.dismissed.map(
      (d) =>
        `Dismissed (${inline(d.entry.kind)}) by ${code(d.entry.by)}: ${code(d.finding.ruleId)} at ${code(`${d.finding.path}:${d.finding.line}`)} — ${inline(d.entry.reason)}` +
        `${d.entry.until ? ` (until ${d.entry.until})` : ''}.`,
    ),
    ...ledger.expired.map(
      (e) =>
        `⏰ The ${code(LEDGER_PATH)} entry for ${code(e.finding.ruleId)} at ${code(`${e.finding.path}:${e.finding.line}`)} ` +
        `expired on ${e.entry.until}: the finding counts again.`,
    ),
  ];
  return { kept: ledger.kept, isLeft: (f) => left.has(key(f)), notes };
}
