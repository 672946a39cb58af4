// The CLI's early first worker: a pool of the same script and settings adopts it (with what it said before the pool
// listened, such as its `ready`), one of other settings stops it and starts its own, and an early worker nobody
// adopts does not keep the process alive.
import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { AnalysisPool } from '../../src/scan/analysis-pool.js';
import { adoptEarlyWorker, startEarlyWorker } from '../../src/scan/worker-start.js';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import { buildCli } from '../cli/built-cli.js';

const FAKE = new URL('./fixtures/fake-worker.mjs', import.meta.url);
const files = (names: string[]) => names.map((path) => ({ path, content: 'x = 1\n' }));
const setup = { config: DEFAULT_CONFIG, fileTimeoutMs: 10_000 };
let pool: AnalysisPool | undefined;

afterEach(async () => {
  await pool?.close();
  pool = undefined;
  await adoptEarlyWorker(FAKE, {})?.worker.terminate(); // none left for the next test
});

describe('the early worker', () => {
  it('is adopted by a pool of the same script and settings, after it has already said it is ready', async () => {
    startEarlyWorker(FAKE);
    await new Promise((resolve) => setTimeout(resolve, 500)); // its `ready` arrives before any pool listens
    pool = new AnalysisPool({ threads: 1, script: FAKE });
    const out = await pool.analyze(files(['a.py', 'b.py']), setup);
    expect(out.results.map((r) => r.path).sort()).toEqual(['a.py', 'b.py']);
    expect(adoptEarlyWorker(FAKE, {})).toBeUndefined(); // taken by the pool
  });

  it('is stopped, not adopted, by a pool with other limits', async () => {
    startEarlyWorker(FAKE);
    const taken = adoptEarlyWorker(FAKE, { memoryMb: 64 });
    expect(taken).toBeUndefined();
    expect(adoptEarlyWorker(FAKE, {})).toBeUndefined(); // gone, not left for a later pool either
  });

  it('does not keep a process alive when no pool adopts it', async () => {
    // Compiled: the child process runs plain node.
    const module = join(dirname(await buildCli()), '..', 'scan', 'worker-start.js');
    const script = `import { startEarlyWorker } from ${JSON.stringify(pathToFileURL(module).href)};
      startEarlyWorker(new URL(${JSON.stringify(FAKE.href)})); console.log('started');`;
    const started = performance.now();
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
      timeout: 20_000,
    });
    expect(stdout.trim()).toBe('started');
    expect(performance.now() - started).toBeLessThan(15_000);
  }, 180_000);
});
