// Loop guard memory: the report commits this process made, each with the commit it was made on (the reviewed
// SHA, its parent) and the check result to repeat on it.
import type { CompletedCheck } from '../github/port.js';

/** The report file name pattern (python_security_review_YYYYMMDD.md, and its .cdx.json SBOM, in any folder). */
export const REPORT_PATH = /(^|\/)python_security_review_\d{8}\.(md|cdx\.json)$/;

/** Files the App itself commits besides reports: the suppression ledger (`/sentinel ignore`). */
export const LEDGER_COMMIT_PATH = /^\.github\/sentinel-ignore\.yml$/;

/** A path the App's own commits may change (the loop guard's test of "only our files"). */
export function isAppCommitPath(path: string): boolean {
  return REPORT_PATH.test(path) || LEDGER_COMMIT_PATH.test(path);
}

/** The marker in every report commit message. */
export const REPORT_COMMIT_MARKER = '[sentinelpy report]';

/** The marker in the message of a ledger commit made by `/sentinel ignore`. */
export const LEDGER_COMMIT_MARKER = '[sentinelpy ledger]';

export interface ReportCommitEntry {
  /** The commit that was analysed: the report commit's parent. */
  reviewedSha: string;
  /** The check to carry over; none for a ledger commit whose check must come from a full review. */
  check?: CompletedCheck;
  /** The App already posted this commit's check (a ledger commit by `/sentinel ignore`): the guard posts nothing. */
  checkPosted?: boolean;
}

/** The ledger as the loop guard uses it: in this process (ReportLedger) or shared in Redis (src/fleet/). */
export interface ReportLedgerStore {
  record(commitSha: string, entry: ReportCommitEntry): void | Promise<void>;
  entryFor(commitSha: string): ReportCommitEntry | undefined | Promise<ReportCommitEntry | undefined>;
  /** The ledger commit this process is making on `parentSha`, once made (in-process only: see ReportLedger). */
  settledOn?(parentSha: string): Promise<string | undefined>;
  /** Marks a commit on `parentSha` as under way while `commit` runs (in-process only: see ReportLedger). */
  committing?(parentSha: string, commit: () => Promise<string | undefined>): Promise<string | undefined>;
}

export class ReportLedger implements ReportLedgerStore {
  private readonly commits = new Map<string, ReportCommitEntry>();
  /** Ledger commits being made on a commit (by its sha): their synchronize can arrive before they are recorded. */
  private readonly pending = new Map<string, Promise<string | undefined>>();

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

  /** Marks a commit on top of `parentSha` as under way; `commit` resolves to its sha (undefined when none was made). */
  async committing(parentSha: string, commit: () => Promise<string | undefined>): Promise<string | undefined> {
    const made = commit();
    const settled = made.catch(() => undefined);
    this.pending.set(parentSha, settled);
    try {
      return await made;
    } finally {
      if (this.pending.get(parentSha) === settled) this.pending.delete(parentSha);
    }
  }

  /** The commit being made on `parentSha`, once it is made (undefined when none is under way). */
  async settledOn(parentSha: string): Promise<string | undefined> {
    return this.pending.get(parentSha);
  }
}
