// Faults a test can inject into the simulator: a refused review comment, a server error, a write conflict, and
// an action run just before a request is answered (a push landing while the App is in the middle of a review).

export interface StatusFault {
  operationId: string;
  status: number;
  remaining: number;
  message?: string;
  headers?: Record<string, string>;
}

/** Scheduled failures; each is consumed as it fires, so `once` means exactly one failed request. */
export class Faults {
  /** `path:line` pairs that make a whole review fail with 422, as GitHub does for a line outside the diff. */
  readonly rejectedReviewLines = new Set<string>();
  readonly statusFaults: StatusFault[] = [];
  contentsConflicts = 0;
  readonly hooks: { operationId: string; action: () => void | Promise<void> }[] = [];

  /** Any review containing a comment on this line fails with 422 (the whole review, like GitHub). */
  rejectReviewCommentOn(path: string, line: number): this {
    this.rejectedReviewLines.add(`${path}:${line}`);
    return this;
  }

  /** The next `times` requests to this operation (e.g. `checks/update`) fail with `status`. */
  failNext(operationId: string, status = 500, times = 1): this {
    this.statusFaults.push({ operationId, status, remaining: times });
    return this;
  }

  /** The next `times` requests to this operation hit a secondary rate limit: 403 with `retry-after`, like GitHub. */
  rateLimitNext(operationId: string, retryAfterSeconds = 1, times = 1): this {
    this.statusFaults.push({
      operationId,
      status: 403,
      remaining: times,
      headers: { 'retry-after': String(retryAfterSeconds) },
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
    });
    return this;
  }

  /** The next `times` contents updates answer 409 Conflict. */
  conflictOnContentsUpdate(times = 1): this {
    this.contentsConflicts += times;
    return this;
  }

  /**
   * Runs `action` (once) when the next request to this operation arrives, before it is answered: the request then
   * sees whatever the action changed, e.g. a push to the pull request made while the App was reviewing.
   */
  beforeNext(operationId: string, action: () => void | Promise<void>): this {
    this.hooks.push({ operationId, action });
    return this;
  }

  /** Runs and consumes the hook scheduled for this operation, if any. */
  async runHook(operationId: string): Promise<void> {
    const index = this.hooks.findIndex((h) => h.operationId === operationId);
    if (index < 0) return;
    const [hook] = this.hooks.splice(index, 1);
    await hook!.action();
  }

  /** The fault to answer this operation with now, if one is scheduled (and consumes it). */
  takeStatusFault(operationId: string): StatusFault | undefined {
    const fault = this.statusFaults.find((f) => f.operationId === operationId && f.remaining > 0);
    if (!fault) return undefined;
    fault.remaining--;
    return fault;
  }

  takeContentsConflict(): boolean {
    if (this.contentsConflicts <= 0) return false;
    this.contentsConflicts--;
    return true;
  }

  isReviewLineRejected(path: string, line: number): boolean {
    return this.rejectedReviewLines.has(`${path}:${line}`);
  }
}
