// Loop guard memory: the report commits this process made, each with the commit it was made on (the reviewed
// SHA, its parent) and the check result to repeat on it.
import type { CompletedCheck } from '../github/port.js';

/** The report file name pattern (python_security_review_YYYYMMDD.md, and its .cdx.json SBOM, in any folder). */
export const REPORT_PATH = /(^|\/)python_security_review_\d{8}\.(md|cdx\.json)$/;

/** The marker in every report commit message. */
export const REPORT_COMMIT_MARKER = '[sentinelpy report]';

export interface ReportCommitEntry {
  /** The commit that was analysed: the report commit's parent. */
  reviewedSha: string;
  check: CompletedCheck;
}

/** The ledger as the loop guard uses it: in this process (ReportLedger) or shared in Redis (src/fleet/). */
export interface ReportLedgerStore {
  record(commitSha: string, entry: ReportCommitEntry): void | Promise<void>;
  entryFor(commitSha: string): ReportCommitEntry | undefined | Promise<ReportCommitEntry | undefined>;
}

export class ReportLedger implements ReportLedgerStore {
  private readonly commits = new Map<string, ReportCommitEntry>();

  constructor(private readonly capacity = 5_000) {}

  record(commitSha: string, entry: ReportCommitEntry): void {
    this.commits.set(commitSha, entry);
    if (this.commits.size > this.capacity) {
      const oldest = this.commits.keys().next().value;
      if (oldest !== undefined) this.commits.delete(oldest);
    }
  }

  entryFor(commitSha: string): ReportCommitEntry | undefined {
    return this.commits.get(commitSha);
  }
}
