// The last review of each pull request, kept in this process so a `/sentinel ignore` reply can recompute the
// check from the findings already found: no new analysis, no waiting for a new push. After a restart (or on
// another replica) there is nothing to recompute from, and the command falls back to a full review.
import type { Finding } from '../analysis/rule.js';
import type { CompletedCheck } from '../github/port.js';
import type { LedgerEntry } from '../ledger/ledger-schema.js';

export interface RememberedReview {
  /** Commits this result describes: the reviewed head, and the App's own report or ledger commits on top of it. */
  heads: Set<string>;
  /** The check run on the reviewed head. */
  checkId: number;
  /** The new findings before the ledger and the baseline (the ones a reply can dismiss). */
  findings: readonly Finding[];
  /** Decisions made by reply since the review. */
  decisions: LedgerEntry[];
  /** The check for the review's findings with these decisions added. */
  check(decisions: readonly LedgerEntry[]): CompletedCheck;
}

export class ReviewMemory {
  private readonly reviews = new Map<string, RememberedReview>();

  constructor(private readonly capacity = 1_000) {}

  remember(pullKey: string, review: RememberedReview): void {
    this.reviews.delete(pullKey);
    this.reviews.set(pullKey, review);
    if (this.reviews.size > this.capacity) {
      const oldest = this.reviews.keys().next().value;
      if (oldest !== undefined) this.reviews.delete(oldest);
    }
  }

  /** The review whose result stands for `headSha`, if this process made it. */
  of(pullKey: string, headSha: string): RememberedReview | undefined {
    const review = this.reviews.get(pullKey);
    return review?.heads.has(headSha) ? review : undefined;
  }
}
