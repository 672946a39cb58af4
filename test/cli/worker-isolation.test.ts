// The built CLI with its analysis workers: findings are byte-identical for any worker count and run (each file's
// data-flow facts reach one project-wide solve, whatever the partition), and a file that never finishes is
// stopped at its budget, reported "budget exceeded", and makes the scan incomplete without costing other findings.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SLOW_FILE_MARKER, SLOW_SOLVE_MARKER } from '../../src/scan/test-hooks.js';
import { buildCli, ROOT, spawnCli } from './built-cli.js';
import { HOSTILE_INPUTS } from '../fixtures/hostile-inputs.js';
import { project, SHELL_INJECTION } from './temp-project.js';

const FIXTURE = join(ROOT, 'test', 'fixtures', 'cross-module');
let main: string;
beforeAll(async () => {
  main = await buildCli();
}, 180_000);

const scan = (args: string[]) =>
  spawnCli(main, ['scan', ...args, '--format', 'json', '--output', '-', '--offline', '--no-progress']);
/** The JSON report without its only run-dependent field. */
const stable = (stdout: string) => stdout.replace(/"durationMs": \d+/g, '"durationMs": 0');

describe('analysis workers', () => {
  it('gives byte-identical JSON for 1, 2 and 4 workers, run after run', async () => {
    const outputs = new Map<string, string>();
    for (const jobs of ['1', '2', '4']) {
      for (let run = 0; run < 3; run++)
        outputs.set(`-j ${jobs} #${run}`, stable((await scan([FIXTURE, '--jobs', jobs])).stdout));
    }
    const reference = outputs.get('-j 1 #0')!;
    const report = JSON.parse(reference) as {
      findings: { ruleId: string; path: string; flow?: { path?: string }[] }[];
    };
    // Every cross-module pair is found, with its flow starting in the view: a lost one would hide in equal outputs.
    const crossing = report.findings.filter(
      (f) => f.flow?.[0]?.path?.startsWith('shop/views_') && f.flow[0].path !== f.path,
    );
    expect(crossing.map((f) => f.path).sort()).toEqual([
      'shop/calc.py',
      'shop/db.py',
      'shop/nav.py',
      'shop/shell.py',
      'shop/shell.py',
      'shop/storage.py',
    ]);
    for (const [name, output] of outputs) expect(output, name).toBe(reference);
  }, 120_000);

  it('stops a file at its budget, names it, keeps the other findings and exits 1 (incomplete)', async () => {
    expect(process.env.NODE_ENV).toBe('test'); // the slow-file hook is honoured only then
    const files: Record<string, string> = {
      // A wide wall backstop: on a loaded machine the spinning worker gets its 1 s of CPU late.
      '.github/sentinel.yml': 'failOn: never\nlimits:\n  fileTimeoutMs: 1000\n  fileWallTimeoutMs: 5000\n',
      'stuck.py': `# ${SLOW_FILE_MARKER}\nx = 1\n`,
    };
    for (let i = 0; i < 6; i++) files[`m${i}.py`] = SHELL_INJECTION;
    const root = project(files);
    const started = performance.now();
    const { code, stdout, stderr } = await scan([root, '--jobs', '1']);
    const elapsed = performance.now() - started;
    const report = JSON.parse(stdout) as {
      findings: { ruleId: string; path: string }[];
      skipped: { path: string; reason: string }[];
    };
    expect(report.skipped).toEqual([
      { path: 'stuck.py', reason: 'not analysed: budget exceeded (CPU time 1000 ms, during test hook)' },
    ]);
    expect(
      report.findings
        .filter((f) => f.ruleId === 'subprocess-shell-true')
        .map((f) => f.path)
        .sort(),
    ).toEqual(['m0.py', 'm1.py', 'm2.py', 'm3.py', 'm4.py', 'm5.py']);
    expect(code, stderr).toBe(1);
    expect(stderr).toContain('stuck.py');
    expect(elapsed).toBeGreaterThan(1000);
    expect(elapsed).toBeLessThan(5000 + 8_000); // the backstop at worst; process start, WASM init and a replacement worker
  }, 60_000);

  it('runs the project-wide solve under its budget too: one that does not finish makes the scan incomplete, not hung', async () => {
    expect(process.env.NODE_ENV).toBe('test'); // the slow-solve hook is honoured only then
    const root = project({
      // The solve's CPU budget is 6 file budgets (1.2 s); the wall backstop is wide for a loaded machine.
      '.github/sentinel.yml': 'failOn: never\nlimits:\n  fileTimeoutMs: 200\n  fileWallTimeoutMs: 2000\n',
      [`${SLOW_SOLVE_MARKER}.py`]: SHELL_INJECTION,
      'plain.py': SHELL_INJECTION,
    });
    const started = performance.now();
    const { code, stdout, stderr } = await scan([root, '--jobs', '1']);
    const elapsed = performance.now() - started;
    const report = JSON.parse(stdout) as {
      auditNotes: { ruleId: string }[];
      errors: { ruleId: string; path: string; message: string }[];
    };
    const unsolved = report.errors.filter((e) => e.ruleId === 'data-flow');
    expect(unsolved.length).toBeGreaterThan(0);
    expect(unsolved[0]!.message).toBe(
      'the project-wide data-flow solve did not finish: not analysed: budget exceeded (CPU time 1200 ms, during data-flow solve)',
    );
    // Per-file findings stand (as audit notes: without the solved flow they have no data-flow evidence).
    expect(report.auditNotes.map((f) => f.ruleId)).toContain('subprocess-shell-true');
    expect(code, stderr).toBe(1);
    expect(elapsed).toBeLessThan(12_000 + 8_000); // the wall backstop (6 × 2 s) plus start-up: never a hang
  }, 60_000);

  it('scans every hostile input of issue 14 in bounded time: each file has its finding or is listed incomplete, exit 1', async () => {
    const budgetMs = 3_000;
    const files: Record<string, string | Uint8Array> = {
      '.github/sentinel.yml': `limits:\n  fileTimeoutMs: ${budgetMs}\n  fileWallTimeoutMs: 8000\n`,
    };
    for (const h of HOSTILE_INPUTS) files[h.path] = h.content;
    const started = performance.now();
    const { code, stdout, stderr } = await scan([project(files), '--jobs', '2']);
    const elapsed = performance.now() - started;
    console.info(`all ${HOSTILE_INPUTS.length} hostile inputs scanned in ${elapsed.toFixed(0)} ms`);
    const report = JSON.parse(stdout) as {
      findings: { ruleId: string; path: string }[];
      skipped: { path: string; reason: string }[];
      errors: { path: string; message: string }[];
    };
    for (const h of HOSTILE_INPUTS) {
      const found = report.findings.some(
        (f) => f.path === h.path && /start-process-with-shell|tainted-command/.test(f.ruleId),
      );
      const reasons = [...report.skipped, ...report.errors]
        .filter((e) => e.path === h.path)
        .map((e) => ('reason' in e ? e.reason : e.message));
      if (h.expect !== 'incomplete') expect(found, h.name).toBe(true);
      if (h.expect === 'incomplete') {
        expect(
          reasons.some((r) => h.reason!.test(r)),
          `${h.name}: ${JSON.stringify(reasons)}`,
        ).toBe(true);
        expect(stderr, h.name).toContain(h.path); // listed as incomplete on stderr
      }
    }
    expect(code, stderr).toBe(1);
    expect(elapsed).toBeLessThan(budgetMs + 30_000); // nothing near its budget: process start and 12 files on a loaded machine
  }, 90_000);
});
