// Why a running review stops early: a newer head superseded it, or its worker is shutting down and hands it back.

/** A newer head of the same pull request was asked for: the check ends `neutral` "superseded by <sha>". */
export class Superseded extends Error {
  constructor(readonly by: string) {
    super(`superseded by ${by.slice(0, 7)}`);
    this.name = 'Superseded';
  }
}

/** The worker is stopping: the job goes back to the queue for another worker; the check stays for it. */
export class HandedBack extends Error {
  constructor() {
    super('the worker is shutting down; the review is handed back to the queue');
    this.name = 'HandedBack';
  }
}

/** Errors worth another attempt: GitHub 5xx (octokit reports no answer as 500), request timeouts, rate limits. */
export function isTransient(error: unknown): boolean {
  const status = (error as { status?: unknown } | null)?.status;
  if (typeof status !== 'number') return false;
  return status >= 500 || status === 429 || (status === 403 && /rate limit/i.test(String((error as Error).message)));
}

/** Another worker holds the pull request's lock: try again shortly, without spending an attempt. */
export class LockBusy extends Error {
  constructor(key: string) {
    super(`pull request ${key} is being reviewed by another worker`);
    this.name = 'LockBusy';
  }
}
