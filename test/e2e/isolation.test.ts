// End to end: the App analyses in worker threads, so a file that never finishes does not freeze it. While one
// pull request's hostile file spins in a worker, /healthz answers within 100 ms and another pull request's review
// completes; the hostile file is stopped at limits.fileTimeoutMs and the check is failure, naming it.
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkRunsOn, completedCheck, openPullRequest, sendPullRequest } from '../../tools/simulator/index.js';
import { SLOW_FILE_MARKER } from '../../src/scan/test-hooks.js';
import { buildCli } from '../cli/built-cli.js';
import { BASE_FILES, commentKeys, healthLatency, startE2E, VULNERABLE_APP, type E2E } from './support.js';

const BUDGET_MS = 6_000;
let worker: URL;
let env: E2E | undefined;

beforeAll(async () => {
  // Worker threads need compiled JavaScript: the same private build the CLI tests use.
  worker = pathToFileURL(join(dirname(await buildCli()), '..', 'scan', 'analysis-worker.js'));
}, 180_000);
afterEach(async () => {
  await env?.close();
  env = undefined;
});

describe('analysis isolation in the App', () => {
  it('stays responsive while a hostile file is analysed, and fails that check naming the file', async () => {
    expect(process.env.NODE_ENV).toBe('test'); // the slow-file hook is honoured only then
    const files = { ...BASE_FILES, '.github/sentinel.yml': `limits:\n  fileTimeoutMs: ${BUDGET_MS}\n` };
    env = await startE2E(files, { analysis: { threads: 2, script: worker } });
    await healthLatency(env.app.port); // warm the connection path

    const hostile = openPullRequest(env.sim, {
      repo: env.repo,
      branch: 'hostile',
      author: 'wes',
      changes: { 'stuck.py': `# ${SLOW_FILE_MARKER}\nx = 1\n`, 'app.py': VULNERABLE_APP },
    });
    const started = performance.now();
    await sendPullRequest(env.sim, hostile);
    const hostileSha = env.sim.state.headSha(hostile);
    const other = openPullRequest(env.sim, {
      repo: env.repo,
      branch: 'other',
      author: 'wes',
      changes: { 'lib.py': VULNERABLE_APP },
    });
    await sendPullRequest(env.sim, other);

    const latencies: number[] = [];
    let otherDoneWhileStuck = false;
    // Until the hostile check completes (at the budget): the App answers, and the other review gets done.
    while (
      checkRunsOn(env.sim, hostileSha).at(-1)?.status !== 'completed' &&
      performance.now() - started < BUDGET_MS + 20_000
    ) {
      latencies.push(await healthLatency(env.app.port));
      const otherRun = checkRunsOn(env.sim, env.sim.state.headSha(other)).at(-1);
      if (!otherDoneWhileStuck && otherRun?.status === 'completed') {
        otherDoneWhileStuck = checkRunsOn(env.sim, hostileSha).at(-1)?.status !== 'completed';
        console.info(`other review completed after ${(performance.now() - started).toFixed(0)} ms`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    console.info(
      `hostile check completed after ${(performance.now() - started).toFixed(0)} ms; /healthz max ${Math.max(...latencies).toFixed(1)} ms over ${latencies.length}`,
    );
    expect(latencies.length).toBeGreaterThan(10);
    // A blocked event loop would answer after the whole budget (seconds). The 95th percentile must meet the
    // 100 ms goal; one slow answer is tolerated because this machine's cores are shared with other test runs.
    const sorted = [...latencies].sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length * 0.95)]).toBeLessThan(100);
    expect(sorted.at(-1)).toBeLessThan(1_000);
    expect(otherDoneWhileStuck).toBe(true);

    const run = await completedCheck(env.sim, hostile, BUDGET_MS + 20_000);
    await env.settle();
    expect(performance.now() - started).toBeLessThan(2 * BUDGET_MS + 10_000);
    expect(run.conclusion).toBe('failure');
    expect(run.output.summary).toContain('stuck.py');
    // The CPU budget, or on a machine too loaded to give the worker its CPU in time, the wall-time backstop.
    expect(run.output.text).toMatch(
      new RegExp(
        `not analysed: budget exceeded \\((CPU time ${BUDGET_MS}|wall time ${2 * BUDGET_MS}) ms, during test hook\\)`,
      ),
    );
    expect(commentKeys(env)).toContain('subprocess-shell-true app.py:5'); // the other file's findings survive
  }, 90_000);
});
