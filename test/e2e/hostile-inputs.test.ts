// Acceptance through the App: every hostile input of issue 14 (test/fixtures/hostile-inputs.ts), in pull requests
// of a few inputs each, all opened at once against the simulator, with an ordinary pull request among them. Every review finishes
// within the per-file budget plus a small constant, /healthz keeps answering within 100 ms, the ordinary review
// completes, and no hostile pull request's check is green: each is `failure`, naming its file with either the
// vulnerability the file also holds or the reason it could not be fully analysed.
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkRunsOn, openPullRequest, sendPullRequest, type SimCheckRun } from '../../tools/simulator/index.js';
import { buildCli } from '../cli/built-cli.js';
import { HOSTILE_INPUTS } from '../fixtures/hostile-inputs.js';
import { BASE_FILES, healthLatency, startE2E, VULNERABLE_APP, type E2E } from './support.js';

/** Lowered from the 10 s default to keep the suite short; the wall backstop is wide for a loaded machine. */
const BUDGET_MS = 3_000;
const WALL_MS = 8_000;
/** Hostile inputs per pull request. */
const PER_PULL = 4;
/** Per review on top of its budget: fetching, queueing behind the other reviews on two workers, the report commit. */
const SLACK_MS = 30_000;
let env: E2E;
let worker: URL;

beforeAll(async () => {
  worker = pathToFileURL(join(dirname(await buildCli()), '..', 'scan', 'analysis-worker.js'));
  const config = `limits:\n  fileTimeoutMs: ${BUDGET_MS}\n  fileWallTimeoutMs: ${WALL_MS}\n`;
  env = await startE2E({ ...BASE_FILES, '.github/sentinel.yml': config }, { analysis: { threads: 2, script: worker } });
}, 180_000);
afterAll(async () => {
  await env?.close();
});

/** The check text a reviewer reads. */
const textOf = (run: SimCheckRun) => `${run.output.summary}\n${run.output.text ?? ''}`;

describe('hostile pull requests through the App', () => {
  it('never turn a check green, never freeze the App, and let another review through', async () => {
    await healthLatency(env.app.port); // warm the connection path
    const started = performance.now();
    const pulls: { h: (typeof HOSTILE_INPUTS)[number]; sha: string }[] = [];
    let ordinarySha = '';
    for (let i = 0; i < HOSTILE_INPUTS.length; i += PER_PULL) {
      const inputs = HOSTILE_INPUTS.slice(i, i + PER_PULL);
      // The simulator keeps text: a byte input goes in as latin-1 text, whose UTF-8 bytes the App decodes by the cookie.
      const changes = Object.fromEntries(
        inputs.map((h) => [
          h.path,
          typeof h.content === 'string' ? h.content : Buffer.from(h.content).toString('latin1'),
        ]),
      );
      const pull = openPullRequest(env.sim, { repo: env.repo, branch: `hostile-${i}`, author: 'wes', changes });
      await sendPullRequest(env.sim, pull);
      for (const h of inputs) pulls.push({ h, sha: env.sim.state.headSha(pull) });
      if (i === 0) {
        // Queued behind the first hostile pull request, ahead of the others: it must not wait for them all.
        const ordinary = openPullRequest(env.sim, {
          repo: env.repo,
          branch: 'ordinary',
          author: 'wes',
          changes: { 'lib.py': VULNERABLE_APP },
        });
        await sendPullRequest(env.sim, ordinary);
        ordinarySha = env.sim.state.headSha(ordinary);
      }
    }

    const done = new Map<string, number>();
    const latencies: number[] = [];
    const deadline = started + BUDGET_MS + SLACK_MS + 60_000;
    while ((done.size < pulls.length || !done.has('ordinary')) && performance.now() < deadline) {
      latencies.push(await healthLatency(env.app.port));
      for (const { h, sha } of pulls) {
        if (!done.has(h.path) && checkRunsOn(env.sim, sha).some((r) => r.status === 'completed'))
          done.set(h.path, performance.now() - started);
      }
      if (!done.has('ordinary') && checkRunsOn(env.sim, ordinarySha).some((r) => r.status === 'completed'))
        done.set('ordinary', performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await env.settle();
    const sorted = [...latencies].sort((a, b) => a - b);
    console.info(
      `checks completed after (ms): ${JSON.stringify(Object.fromEntries([...done].map(([k, v]) => [k, Math.round(v)])))}`,
    );
    console.info(
      `/healthz over ${latencies.length} requests: p50 ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)} ms, p95 ${sorted[Math.floor(sorted.length * 0.95)]!.toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms; RSS ${(process.memoryUsage().rss / 1_048_576).toFixed(0)} MB`,
    );

    expect(latencies.length).toBeGreaterThan(10);
    // p95 meets the 100 ms goal; one slow answer is tolerated because this machine's cores are shared.
    expect(sorted[Math.floor(sorted.length * 0.95)]).toBeLessThan(100);
    expect(sorted.at(-1)).toBeLessThan(1_000);
    expect(done.has('ordinary')).toBe(true);
    const ordinaryRun = checkRunsOn(env.sim, ordinarySha).find((r) => r.status === 'completed')!;
    expect(ordinaryRun.conclusion).toBe('failure');
    expect(textOf(ordinaryRun)).toContain('lib.py');

    for (const { h, sha } of pulls) {
      const run = checkRunsOn(env.sim, sha).find((r) => r.status === 'completed');
      expect(run, h.name).toBeDefined();
      expect(done.get(h.path)!, h.name).toBeLessThan(BUDGET_MS + SLACK_MS);
      expect({ name: h.name, conclusion: run!.conclusion }).toEqual({ name: h.name, conclusion: 'failure' });
      const text = textOf(run!);
      expect(text, h.name).toContain(h.path);
      const path = h.path.replace('.', '\\.');
      // On one line: the file and its reason (skipped files, rule errors), or the file's shell finding (findings table).
      if (h.expect === 'incomplete') expect(text, h.name).toMatch(new RegExp(`${path}.*(${h.reason!.source})`));
      if (h.expect === 'finding')
        expect(text, h.name).toMatch(new RegExp(`(start-process-with-shell|tainted-command)\` \\| \`${path}:\\d+\``));
    }
  }, 240_000);
});
