// Loop guard memory: the report commits this process made, with the check result to repeat on them.
import type { CompletedCheck } from '../github/port.js';

/** The report file name pattern (python_security_review_YYYYMMDD.md, and its .cdx.json SBOM, in any folder). */
export const REPORT_PATH = /(^|\/)python_security_review_\d{8}\.(md|cdx\.json)$/;

/** The marker in every report commit message. */
export const REPORT_COMMIT_MARKER = '[sentinelpy report]';

export class ReportLedger {
  private readonly commits = new Map<string, CompletedCheck>();

  constructor(private readonly capacity = 5_000) {}

  record(commitSha: string, check: CompletedCheck): void {
    this.commits.set(commitSha, check);
    if (this.commits.size > this.capacity) {
      const oldest = this.commits.keys().next().value;
      if (oldest !== undefined) this.commits.delete(oldest);
    }
  }

  checkFor(commitSha: string): CompletedCheck | undefined {
    return this.commits.get(commitSha);
  }
}
