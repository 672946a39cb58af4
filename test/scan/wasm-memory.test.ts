// The parser's WebAssembly memory is outside the worker's heap limit, so the pool caps it per worker: a file whose
// syntax tree needs more is reported over its memory budget (naming the phase), its worker (whose runtime aborted)
// is replaced, and the next file is analysed as usual. Runs the real compiled worker.
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import { AnalysisPool } from '../../src/scan/analysis-pool.js';
import { cappedWasmMemory } from '../../src/scan/wasm-memory.js';
import { buildCli } from '../cli/built-cli.js';

let worker: URL;
let pool: AnalysisPool | undefined;
beforeAll(async () => {
  worker = pathToFileURL(join(dirname(await buildCli()), '..', 'scan', 'analysis-worker.js'));
}, 180_000);
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

describe('WebAssembly memory cap', () => {
  it('refuses to grow past the cap and says so', () => {
    let refusals = 0;
    const capped = cappedWasmMemory(40, () => refusals++);
    expect(capped.sizeMb()).toBe(32);
    capped.memory.grow(64); // +4 MB
    expect(() => capped.memory.grow(128)).toThrow(/cap of 40 MB/);
    expect([capped.hitCap(), refusals, capped.sizeMb()]).toEqual([true, 1, 36]);
  });

  it('reports a file whose tree needs more as over budget, and a fresh worker analyses the next file', async () => {
    pool = new AnalysisPool({ threads: 1, script: worker, wasmMemoryMb: 48 });
    // 300k unclosed brackets: ~300 KB that tree-sitter needs ~100 MB of WebAssembly memory for.
    const files = [
      { path: 'deep.py', content: `x = ${'('.repeat(300_000)}\n` },
      { path: 'ok.py', content: 'import os\nos.system(cmd)\n' },
    ];
    const out = await pool.analyze(files, { config: DEFAULT_CONFIG, fileTimeoutMs: 20_000 });
    expect(out.skipped).toEqual([
      { path: 'deep.py', reason: 'not analysed: budget exceeded (WebAssembly memory 48 MB, during parse)' },
    ]);
    expect(out.results.map((r) => [r.path, r.findings.map((f) => f.ruleId)])).toEqual([
      ['ok.py', ['start-process-with-shell']],
    ]);
  }, 60_000);
});
