// The hard budget of one worker job (a file, or the project-wide solve): CPU time of the worker's thread, with a
// wall-time backstop for a worker that burns no CPU of its own (blocked, starved by a loaded machine). One thread
// cannot spend CPU faster than wall time passes, so the CPU clock is read only when the budget could first be
// spent (after `cpuMs - used` ms): no polling while a file is well within its budget.
export interface JobBudget {
  /** CPU time of the worker thread, in ms. */
  cpuMs: number;
  /** Wall time from dispatch, in ms (≥ cpuMs). */
  wallMs: number;
}

/** How long the CPU clock is left alone at least between two reads near the end of a budget. */
const MIN_CHECK_MS = 10;

/**
 * Calls `exceeded` once with what ran out ("CPU time 10000 ms", "wall time 20000 ms") unless the returned stop
 * is called first. Without a `clock` (not Linux), the CPU budget is enforced as wall time.
 */
export function watchBudget(
  budget: JobBudget,
  clock: (() => number | undefined) | undefined,
  exceeded: (what: string) => void,
): () => void {
  const timers = new Set<NodeJS.Timeout>();
  let over = false;
  const stop = () => {
    for (const timer of timers) clearTimeout(timer);
    timers.clear();
  };
  const fire = (what: string) => {
    if (over) return;
    over = true;
    stop();
    exceeded(what);
  };
  const later = (ms: number, fn: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
    }, ms);
    timers.add(timer);
  };
  const start = clock?.();
  if (!clock || start === undefined) {
    later(budget.cpuMs, () => fire(`wall time ${budget.cpuMs} ms`));
    return stop;
  }
  later(Math.max(budget.wallMs, budget.cpuMs), () => fire(`wall time ${budget.wallMs} ms`));
  const check = () => {
    const now = clock();
    if (now === undefined) return; // the thread is gone: the pool hears of it from the worker's exit
    const left = budget.cpuMs - (now - start);
    if (left <= 0) fire(`CPU time ${budget.cpuMs} ms`);
    else later(Math.max(MIN_CHECK_MS, left), check);
  };
  later(budget.cpuMs, check);
  return stop;
}

/** The wall-time backstop when none is configured, in CPU budgets: room for a loaded machine, still bounded. */
export const WALL_BUDGETS = 2;

export function budgetOf(cpuMs: number, wallMs?: number): JobBudget {
  return { cpuMs, wallMs: Math.max(cpuMs, wallMs ?? cpuMs * WALL_BUDGETS) };
}
