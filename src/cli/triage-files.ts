// The CLI's share of triage: the repository's suppression ledger (`<root>/.github/sentinel-ignore.yml`, the same
// file the App writes) and an optional baseline narrow the findings that count. A malformed one is a usage error
// (exit 2): a scan that silently ignored it would fail or pass for the wrong reasons.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScanResult } from '../analysis/scan.js';
import { applyLedger } from '../ledger/apply-ledger.js';
import { baselineOf, readBaseline, withoutBaseline } from '../ledger/baseline.js';
import { LEDGER_PATH, readLedger } from '../ledger/read-ledger.js';
import { UsageError } from './usage-error.js';

export interface TriageFiles {
  /** Baseline to honour (`--baseline FILE`). */
  baseline?: string;
  /** Baseline to write from this scan's findings (`--write-baseline FILE`); they are then all baselined. */
  writeBaseline?: string;
}

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`${what} ${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** Findings the ledger dismisses leave `findings`/`auditNotes`; each dismissal and expiry is a note of the scan. */
export function withLedger(result: ScanResult, root: string, now: Date): ScanResult {
  const path = join(root, LEDGER_PATH);
  if (!existsSync(path)) return result;
  const read = readLedger(readText(path, 'ledger'));
  if (!read.ok)
    throw new UsageError(`ledger ${LEDGER_PATH}: ${read.error} (no finding was dismissed; fix or remove the file)`);
  const findings = applyLedger(result.findings, read.ledger.ignore, now);
  const notes = applyLedger(result.auditNotes, read.ledger.ignore, now);
  const dismissed = [...findings.dismissed, ...notes.dismissed];
  const expired = [...findings.expired, ...notes.expired];
  return {
    ...result,
    findings: findings.kept,
    auditNotes: notes.kept,
    notes: [
      ...result.notes,
      ...(dismissed.length
        ? [
            `${dismissed.length} finding(s) dismissed in ${LEDGER_PATH}: ${dismissed.map((d) => `${d.finding.ruleId} at ${d.finding.path}:${d.finding.line} (${d.entry.kind} by ${d.entry.by})`).join('; ')}.`,
          ]
        : []),
      ...expired.map(
        (e) =>
          `The ${LEDGER_PATH} entry for ${e.finding.ruleId} at ${e.finding.path}:${e.finding.line} expired on ${e.entry.until}: the finding counts again.`,
      ),
    ],
  };
}

/** Writes the baseline first (when asked), then leaves out whatever the baseline holds. */
export function withBaselineFiles(result: ScanResult, files: TriageFiles): ScanResult {
  if (files.writeBaseline !== undefined) {
    try {
      writeFileSync(files.writeBaseline, baselineOf([...result.findings, ...result.auditNotes]));
    } catch (error) {
      throw new UsageError(
        `cannot write baseline ${files.writeBaseline}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`,
      );
    }
  }
  const path = files.writeBaseline ?? files.baseline;
  if (path === undefined) return result;
  const read = readBaseline(readText(path, 'baseline'));
  if (!read.ok) throw new UsageError(`baseline ${path}: ${read.error}`);
  const findings = withoutBaseline(result.findings, read.baseline);
  const notes = withoutBaseline(result.auditNotes, read.baseline);
  const written = files.writeBaseline !== undefined ? `Baseline written to ${path}: ` : '';
  return {
    ...result,
    findings: findings.kept,
    auditNotes: notes.kept,
    notes: [
      ...result.notes,
      `${written}${findings.known + notes.known} finding(s) in the baseline ${path} are not reported; only new ones count.`,
    ],
  };
}
