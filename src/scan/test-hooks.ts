// A test-only stand-in for a hostile file: with NODE_ENV=test, a file containing the marker keeps its analysis
// worker busy (a synchronous loop, like a catastrophic regex) so tests can prove the per-file budget and the App's
// responsiveness without depending on a real slow input (those get fixed). Ignored in any other environment.
export const SLOW_FILE_MARKER = 'SENTINELPY_TEST_SLOW_FILE';

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
