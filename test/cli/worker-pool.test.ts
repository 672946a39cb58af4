// The worker pool: results from every batch, a crashing worker costs only its batch, a worker that cannot start
// fails the scan with a clear error instead of respawning forever.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import { analyzeInWorkers } from '../../src/cli/worker-pool.js';

const FAKE = new URL('./fixtures/fake-worker.mjs', import.meta.url);
const files = (names: string[]) => names.map((path) => ({ path, content: 'x = 1\n' }));

describe('analyzeInWorkers', () => {
  it('spreads batches over workers and gathers every result', async () => {
    const names = Array.from({ length: 50 }, (_, i) => `m${i}.py`);
    let progressed = 0;
    const out = await analyzeInWorkers(files(names), DEFAULT_CONFIG, 3, (n) => (progressed += n), FAKE);
    expect(out.results.map((r) => r.path).sort()).toEqual([...names].sort());
    expect(out.failed).toEqual([]);
    expect(progressed).toBe(50);
  });

  it('reports the batch of a crashed worker as skipped and carries on with a fresh worker', async () => {
    const names = [...Array.from({ length: 40 }, (_, i) => `a${i}.py`), 'crash.py'];
    const out = await analyzeInWorkers(files(names), DEFAULT_CONFIG, 2, () => {}, FAKE);
    expect(out.failed.map((f) => f.path)).toContain('crash.py');
    expect(out.failed[0]?.reason).toMatch(/^analysis failed: worker crashed \(WASM abort\)$/);
    expect(out.results.length + out.failed.length).toBe(41);
  });

  it('rejects when a worker cannot start at all', async () => {
    const config = { ...DEFAULT_CONFIG, failAtStart: true } as typeof DEFAULT_CONFIG;
    await expect(analyzeInWorkers(files(['a.py']), config, 1, () => {}, FAKE)).rejects.toThrow(/analysis worker failed to start: cannot load rules/);
  });
});
