// The final completion of a check run, retried within a bounded budget: a check left `in_progress` blocks a
// required check for ever, so a few failed `checks.update` calls must not be the end of it.

export interface CompletionBudget {
  attempts: number;
  firstDelayMs: number;
  sleep?: (ms: number) => Promise<void>;
}

export const DEFAULT_COMPLETION_BUDGET: CompletionBudget = { attempts: 6, firstDelayMs: 500 };

/** Runs `complete` until it succeeds, doubling the pause (0.5 s … 8 s by default); the last error is thrown. */
export async function completeWithRetry(
  complete: () => Promise<unknown>,
  budget: CompletionBudget = DEFAULT_COMPLETION_BUDGET,
): Promise<void> {
  const sleep = budget.sleep ?? ((ms: number) => new Promise((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 1; ; attempt++) {
    try {
      await complete();
      return;
    } catch (error) {
      if (attempt >= budget.attempts) throw error;
      await sleep(budget.firstDelayMs * 2 ** (attempt - 1));
    }
  }
}
