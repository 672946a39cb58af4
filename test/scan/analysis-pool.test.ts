// The analysis pool: every file gets a result or a reason; a crashing worker costs only its file; a file over its
// CPU-time (or backstop wall-time) or memory budget is reported "budget exceeded" with the phase it was in, and a fresh worker takes
// over; a worker that cannot start fails the scan with a clear error instead of respawning forever.
import { afterEach, describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import { AnalysisPool, WORKER_YOUNG_GENERATION_MB, startWorker } from '../../src/scan/analysis-pool.js';

const FAKE = new URL('./fixtures/fake-worker.mjs', import.meta.url);
const FAIL_AT_START = new URL('./fixtures/fail-at-start.mjs', import.meta.url);
const files = (names: string[]) => names.map((path) => ({ path, content: 'x = 1\n' }));
const setup = (fileTimeoutMs = 10_000, fileWallTimeoutMs?: number) => ({
  config: DEFAULT_CONFIG,
  fileTimeoutMs,
  ...(fileWallTimeoutMs ? { fileWallTimeoutMs } : {}),
});
/** An empty data-flow IR (the fake worker only reads its path). */
const IR = { v: 2 as const, path: '', module: '', isPackage: false, functions: [], suppressions: [], imports: [] };
let pool: AnalysisPool | undefined;

afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

describe('AnalysisPool', () => {
  it('spreads files over workers and gathers every result, across scans', async () => {
    pool = new AnalysisPool({ threads: 3, script: FAKE });
    const names = Array.from({ length: 50 }, (_, i) => `m${i}.py`);
    let progressed = 0;
    const out = await pool.analyze(files(names), setup(), () => progressed++);
    expect(out.results.map((r) => r.path).sort()).toEqual([...names].sort());
    expect(out.skipped).toEqual([]);
    expect(progressed).toBe(50);
    const again = await pool.analyze(files(['n.py']), setup());
    expect(again.results.map((r) => r.path)).toEqual(['n.py']);
  });

  it('serving one scan, terminates the workers beyond the solving one when the solve is queued', async () => {
    const workers = (p: AnalysisPool) => (p as unknown as { slots: Set<unknown> }).slots.size;
    pool = new AnalysisPool({ threads: 2, script: FAKE, oneScan: true });
    const out = await pool.analyze(files(Array.from({ length: 20 }, (_, i) => `m${i}.py`)), setup());
    expect(out.results).toHaveLength(20);
    expect(workers(pool)).toBe(2);
    const solved = await pool.solve([{ ...IR, path: 'a.py' }], [], 10_000);
    expect('findings' in solved && solved.findings.map((f) => f.path)).toEqual(['a.py']);
    expect(workers(pool)).toBe(1);
    // A job after it starts workers again.
    const again = await pool.analyze(files(['n1.py', 'n2.py', 'n3.py']), setup());
    expect(again.results).toHaveLength(3);
    const shared = new AnalysisPool({ threads: 2, script: FAKE });
    try {
      await shared.analyze(files(Array.from({ length: 20 }, (_, i) => `s${i}.py`)), setup());
      await shared.solve([{ ...IR, path: 'a.py' }], [], 10_000);
      expect(workers(shared)).toBe(2); // the App's pool keeps its workers for the next review
    } finally {
      await shared.close();
    }
  });

  it('starts workers with a capped young generation (resident memory per worker)', async () => {
    pool = new AnalysisPool({ threads: 1, script: FAKE });
    const out = await pool.analyze(files(['limits.py']), setup());
    expect(out.results[0]?.lines).toBe(WORKER_YOUNG_GENERATION_MB);
    expect(WORKER_YOUNG_GENERATION_MB).toBeLessThan(48); // V8's own default for a worker
  });

  it('blames a crash on the file that crashed, not on the one whose result was still on its way', async () => {
    for (let run = 0; run < 5; run++) {
      pool = new AnalysisPool({ threads: 1, script: FAKE });
      const out = await pool.analyze(files(['before-crash.py', 'crash.py', 'after.py']), setup());
      expect(out.results.map((r) => r.path).sort()).toEqual(['after.py', 'before-crash.py']);
      expect(out.skipped).toEqual([{ path: 'crash.py', reason: 'analysis failed: worker crashed (WASM abort)' }]);
      await pool.close();
    }
  });

  it('reports the file of a crashed worker as skipped and carries on with a fresh worker', async () => {
    pool = new AnalysisPool({ threads: 2, script: FAKE });
    const names = [...Array.from({ length: 40 }, (_, i) => `a${i}.py`), 'crash.py', 'parse-error.py'];
    const out = await pool.analyze(files(names), setup());
    expect(out.skipped.sort((a, b) => a.path.localeCompare(b.path))).toEqual([
      { path: 'crash.py', reason: 'analysis failed: worker crashed (WASM abort)' },
      { path: 'parse-error.py', reason: 'analysis failed: cannot parse' },
    ]);
    expect(out.results).toHaveLength(40);
  });

  it('terminates a worker over the CPU-time budget, names the rule it was in, and analyses the rest', async () => {
    pool = new AnalysisPool({ threads: 1, script: FAKE });
    const started = performance.now();
    // A wide wall-time backstop: on a loaded machine the spinning thread gets its 300 ms of CPU late.
    const out = await pool.analyze(files(['a.py', 'slow.py', 'b.py', 'c.py']), setup(300, 10_000));
    const elapsed = performance.now() - started;
    expect(out.skipped).toEqual([
      { path: 'slow.py', reason: `not analysed: budget exceeded (CPU time 300 ms, during rule ${RULES[1]!.meta.id})` },
    ]);
    expect(out.results.map((r) => r.path).sort()).toEqual(['a.py', 'b.py', 'c.py']);
    expect(elapsed).toBeLessThan(10_000);
  });

  it("counts the worker thread's CPU time, not the wall time it spends waiting", async () => {
    pool = new AnalysisPool({ threads: 1, script: FAKE });
    // sleepy.py waits 600 ms without using CPU: over a 300 ms wall budget, well within 300 ms of CPU.
    const out = await pool.analyze(files(['sleepy.py']), setup(300, 3_000));
    expect(out).toEqual({ results: [expect.objectContaining({ path: 'sleepy.py' })], skipped: [] });
  });

  it('stops a worker that burns no CPU at the wall-time backstop', async () => {
    pool = new AnalysisPool({ threads: 1, script: FAKE });
    const started = performance.now();
    const out = await pool.analyze(files(['blocked.py', 'a.py']), setup(300, 800));
    expect(out.skipped).toEqual([
      { path: 'blocked.py', reason: 'not analysed: budget exceeded (wall time 800 ms, during idle)' },
    ]);
    expect(out.results.map((r) => r.path)).toEqual(['a.py']);
    expect(performance.now() - started).toBeGreaterThan(800);
  });

  it('reports a file that exhausts the worker heap as over its memory budget', async () => {
    pool = new AnalysisPool({ threads: 1, script: FAKE, memoryMb: 32 });
    const out = await pool.analyze(files(['oom.py', 'ok.py']), setup());
    expect(out.skipped).toEqual([
      { path: 'oom.py', reason: 'not analysed: budget exceeded (memory limit 32 MB, during idle)' },
    ]);
    expect(out.results.map((r) => r.path)).toEqual(['ok.py']);
  });

  it('sends a busy worker its next file before the current one ends, and hands it back when the worker is lost', async () => {
    pool = new AnalysisPool({ threads: 1, script: FAKE });
    const piped = await pool.analyze(files(['peek-a.py', 'peek-b.py']), setup());
    // peek-a found peek-b already sent: the worker went on without waiting for this thread to read its result
    expect(piped.results.map((r) => [r.path, r.lines])).toEqual([
      ['peek-a.py', 1],
      ['peek-b.py', 0],
    ]);
    // crash.py's worker dies with a.py sent behind it: a.py is analysed by the next worker, not lost
    const lost = await pool.analyze(
      [{ path: 'crash.py', content: 'x = 1\n' + '#'.repeat(100) }, ...files(['a.py'])],
      setup(),
    );
    expect(lost.results.map((r) => r.path)).toEqual(['a.py']);
    expect(lost.skipped.map((s) => s.path)).toEqual(['crash.py']);
  });

  it('runs the project-wide solve in a worker, under its own budget', async () => {
    pool = new AnalysisPool({ threads: 1, script: FAKE });
    const irs = ['a.py', 'b.py'].map((path) => ({ ...IR, path }));
    const solved = await pool.solve(irs, [], 1_000);
    expect('findings' in solved && solved.findings.map((f) => [f.path, f.ruleId])).toEqual([
      ['a.py', 'fake-flow'],
      ['b.py', 'fake-flow'],
    ]);
    const stuck = await pool.solve([...irs, { ...IR, path: 'slow.py' }], [], 300, 10_000);
    expect(stuck).toEqual({ reason: 'not analysed: budget exceeded (CPU time 300 ms, during data-flow solve)' });
    expect((await pool.analyze(files(['c.py']), setup())).results).toHaveLength(1); // a fresh worker took over
  });

  it('shares workers fairly: a scan of many slow files does not hold back another scan', async () => {
    pool = new AnalysisPool({ threads: 2, script: FAKE });
    const hostile = pool.analyze(files(Array.from({ length: 8 }, () => 'slow.py')), setup(1_000));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const started = performance.now();
    const other = await pool.analyze(files(['a.py', 'b.py']), setup());
    expect(other.results).toHaveLength(2);
    expect(performance.now() - started).toBeLessThan(2_500); // served by the first worker freed, not after all eight (4 s)
    expect((await hostile).skipped).toHaveLength(8);
  });

  it("drops an aborted scan's queued files and rejects it", async () => {
    pool = new AnalysisPool({ threads: 1, script: FAKE });
    const abandon = new AbortController();
    const running = pool.analyze(files(['slow.py', 'slow.py', 'slow.py']), setup(500), undefined, abandon.signal);
    const outcome = expect(running).rejects.toThrow(/review timed out/);
    abandon.abort(new Error('review timed out'));
    await outcome;
    const started = performance.now();
    expect((await pool.analyze(files(['a.py']), setup())).results).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(500 + 1_500); // only the slow file already running is waited for
  });

  it('fails the scans still running when it is closed, instead of leaving them pending', async () => {
    pool = new AnalysisPool({ threads: 1, script: FAKE });
    const running = pool.analyze(files(['slow.py', 'a.py']), setup());
    const outcome = expect(running).rejects.toThrow(/the analysis pool was closed/);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await pool.close();
    await outcome;
  });

  it('rejects when a worker cannot start at all', async () => {
    pool = new AnalysisPool({ threads: 1, script: FAIL_AT_START });
    await expect(pool.analyze(files(['a.py']), setup())).rejects.toThrow(
      /analysis worker failed to start: cannot load rules/,
    );
  });
});

describe('startWorker', () => {
  const argvOf = (parentArgv: string[]) =>
    new Promise<string[]>((resolve, reject) => {
      const worker = startWorker(new URL('./fixtures/echo-argv-worker.mjs', import.meta.url), {}, parentArgv);
      worker.once('message', (argv: string[]) => void worker.terminate().then(() => resolve(argv)));
      worker.once('error', reject);
    });

  it('starts a worker when the parent runs with V8 flags a worker thread refuses, keeping the flags it takes', async () => {
    // `new Worker` throws ERR_WORKER_INVALID_EXEC_ARGV for these; passing them through crashed every scan.
    const argv = await argvOf(['--expose-gc', '--trace-warnings', '--max-semi-space-size=32', '--input-type=module']);
    expect(argv).toEqual(['--trace-warnings']);
  });

  it('passes the flags through unchanged when the worker takes them all', async () => {
    expect(await argvOf(['--trace-warnings', '--no-deprecation'])).toEqual(['--trace-warnings', '--no-deprecation']);
  });
});
