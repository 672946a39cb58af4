// An error the user can fix (bad flag, missing path, bad config): printed as one line, exit code 2.
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;
