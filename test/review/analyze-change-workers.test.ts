// The App's analysis through real worker threads: findings of a change are byte-identical for 1, 2 and 4 workers
// and on every run, and identical to the main-thread path (the same per-file facts reach the same one solve).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import { analyzeChange } from '../../src/review/analyze-change.js';
import { decodeIR } from '../../src/analysis/taint/encoded-ir.js';
import { TAINT_PASS_ID } from '../../src/analysis/taint/pass.js';
import { createFileAnalyzer, type FileAnalyzer } from '../../src/scan/file-analyzer.js';
import { buildCli, ROOT } from '../cli/built-cli.js';

const SHOP = join(ROOT, 'test', 'fixtures', 'cross-module', 'shop');
const sources = readdirSync(SHOP)
  .filter((n) => n.endsWith('.py'))
  .sort()
  .map((n) => ({ path: `shop/${n}`, content: readFileSync(join(SHOP, n), 'utf8') }));
const collected = {
  sources,
  manifests: [],
  skipped: [],
  patches: new Map(
    sources.map((s) => [
      s.path,
      `@@ -0,0 +1,${s.content.split('\n').length} @@\n${s.content
        .split('\n')
        .map((l) => `+${l}`)
        .join('\n')}`,
    ]),
  ),
};
let worker: URL;

beforeAll(async () => {
  worker = pathToFileURL(join(dirname(await buildCli()), '..', 'scan', 'analysis-worker.js'));
}, 180_000);

async function analysed(files: FileAnalyzer): Promise<string> {
  try {
    const { result, newFindings } = await analyzeChange({ files, rules: RULES, config: DEFAULT_CONFIG, collected });
    // A worker's result holds its data-flow IR as text (encoded-ir.ts), the main thread's as objects: compared read.
    const read = result.files.map((f) =>
      f.passData ? { ...f, passData: { ...f.passData, [TAINT_PASS_ID]: decodeIR(f.passData[TAINT_PASS_ID]) } } : f,
    );
    return JSON.stringify({ ...result, files: read, stats: { ...result.stats, durationMs: 0 }, newFindings });
  } finally {
    await files.close();
  }
}

describe('analyzeChange in worker threads', () => {
  it('gives byte-identical results for 1, 2 and 4 workers, run after run, and on the main thread', async () => {
    const reference = await analysed(createFileAnalyzer({ threads: 0 }));
    expect(
      (JSON.parse(reference) as { findings: { flow?: unknown[] }[] }).findings.filter((f) => f.flow?.length),
    ).toHaveLength(6);
    for (const threads of [1, 2, 4]) {
      for (let run = 0; run < 2; run++) {
        const files = createFileAnalyzer({ threads, script: worker });
        expect(files.mode).toBe('workers');
        expect(await analysed(files), `${threads} worker(s), run ${run}`).toBe(reference);
      }
    }
  }, 120_000);
});
