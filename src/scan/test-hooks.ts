// A test-only stand-in for a hostile file: with NODE_ENV=test, a file containing the marker keeps its analysis
// worker busy (a synchronous loop, like a catastrophic regex) so tests can prove the per-file budget and the App's
// responsiveness without depending on a real slow input (those get fixed); a file named with SLOW_SOLVE_MARKER does
// the same to the project-wide solve. Ignored in any other environment.
export const SLOW_FILE_MARKER = 'SENTINELPY_TEST_SLOW_FILE';

/** A file whose path holds this keeps the project-wide solve busy (the solve sees file results, not contents). */
export const SLOW_SOLVE_MARKER = 'sentinelpy_test_slow_solve';

export function isTestSlowSolve(paths: readonly string[], env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV === 'test' && paths.some((p) => p.includes(SLOW_SOLVE_MARKER));
}

export function isTestSlowFile(content: string, env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV === 'test' && content.includes(SLOW_FILE_MARKER);
}

/** Blocks the thread for `ms` (forever by default): only the pool's budget can stop it. */
export function spin(ms = Number.POSITIVE_INFINITY): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // busy on purpose
  }
}
