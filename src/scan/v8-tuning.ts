// V8's tier-up setting for analysis workers. An analysis spends its time across hundreds of functions (200 rules,
// the data-flow extraction, the engine), each running a little per file; with V8's default budget most of them are
// handed to TurboFan while still lukewarm, and every worker isolate compiles them again on the cores the analysis
// needs. A larger budget leaves lukewarm code in V8's baseline tier and optimises what stays hot. Measured with
// `npm run bench` on the standard library, 2 cores: 2 workers 9.7 → 8.6 s (CPU 18.9 → 16.4 s), 1 worker unchanged
// within noise (13.8 → 13.6 s, CPU 17.7 → 15.6 s); 8× to 64× the default all gave the same, 2× and 4× less. The
// cost: a worker started after the change is ready ~20 ms later (180–228 vs 160–187 ms), once per worker.

import { setFlagsFromString } from 'node:v8';

/** V8's default interrupt budget (bytecode executed before a function is considered for optimisation). */
const V8_DEFAULT_INTERRUPT_BUDGET = 67_584;
/** The budget analysis workers use: the smallest multiple of the default on the plateau measured above. */
export const ANALYSIS_INTERRUPT_BUDGET = 16 * V8_DEFAULT_INTERRUPT_BUDGET;

/**
 * Raises V8's interrupt budget. V8 flags belong to the process (a Worker's `execArgv` refuses them), so this is set
 * from the worker at start-up, before its code warms up; the main thread's code is mostly waiting on I/O, where the
 * setting makes no measurable difference. Same value every time: starting more workers changes nothing.
 */
export function tuneV8ForAnalysis(set: (flags: string) => void = setFlagsFromString): void {
  set(`--interrupt-budget=${ANALYSIS_INTERRUPT_BUDGET}`);
}
