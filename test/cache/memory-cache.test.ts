// The App's in-memory result cache: a second review of the same files analyses none of them and solves nothing
// again, a changed file is analysed alone, entries are copies (one review cannot change another's), and the LRU
// keeps at most its cap.
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import { MemoryStore } from '../../src/cache/memory-store.js';
import { ResultCache, withResultCache } from '../../src/cache/result-cache.js';
import { createFileAnalyzer, type FileAnalyzer } from '../../src/scan/file-analyzer.js';
import type { SourceFile } from '../../src/analysis/scan.js';

const FILES: SourceFile[] = [
  {
    path: 'app/views.py',
    content:
      'from flask import Flask, request\nfrom app.run import go\napp = Flask(__name__)\n\n@app.route("/x")\ndef x():\n    return go(request.args["c"])\n',
  },
  { path: 'app/run.py', content: 'import os\n\ndef go(cmd):\n    os.system(cmd)\n    return "ok"\n' },
];

/** An analyzer that counts the files it is asked to analyse. */
function counting(inner: FileAnalyzer): FileAnalyzer & { analysed: string[] } {
  const analysed: string[] = [];
  return {
    ...inner,
    analysed,
    analyze: (job) => {
      analysed.push(...job.files.map((f) => f.path));
      return inner.analyze(job);
    },
  };
}

async function review(files: FileAnalyzer, sources: SourceFile[]) {
  const metas = RULES.map((r) => r.meta);
  const { results } = await files.analyze({ files: sources, rules: RULES, config: DEFAULT_CONFIG });
  return files.solve(results, metas, DEFAULT_CONFIG);
}

describe('the result cache (App, in memory)', () => {
  it('reuses unchanged files and the solve; a changed file is analysed alone; results stay the same', async () => {
    const inner = counting(createFileAnalyzer({ threads: 0 }));
    const cache = new ResultCache(new MemoryStore());
    const files = withResultCache(inner, cache);
    const first = await review(files, FILES);
    const second = await review(files, FILES);
    expect(inner.analysed).toEqual(['app/views.py', 'app/run.py']);
    expect(cache.stats).toMatchObject({ hits: 2, misses: 2, solveHits: 1, solveMisses: 1 });
    expect(second).toEqual(first);
    const flows = first.flatMap((f) => f.findings).filter((f) => f.flow?.length);
    expect(flows.map((f) => `${f.path}:${f.line}`)).toContain('app/run.py:4');

    const changed = [
      FILES[0]!,
      { path: 'app/run.py', content: FILES[1]!.content.replace('os.system(cmd)', 'os.system("ls")') },
    ];
    const third = await review(files, changed);
    expect(inner.analysed).toEqual(['app/views.py', 'app/run.py', 'app/run.py']);
    expect(third.flatMap((f) => f.findings).filter((f) => f.flow?.length)).toEqual([]);
    expect(third).toEqual(await review(createFileAnalyzer({ threads: 0 }), changed));
  });

  it('hands out copies, so changing a result does not change the cache', async () => {
    const store = new MemoryStore();
    store.set('k', { findings: [{ line: 1 }] });
    (store.get('k') as { findings: { line: number }[] }).findings[0]!.line = 99;
    expect(store.get('k')).toEqual({ findings: [{ line: 1 }] });
  });

  it('drops the least recently used entry past its cap', () => {
    const store = new MemoryStore(2);
    store.set('a', 1);
    store.set('b', 2);
    store.get('a');
    store.set('c', 3);
    expect([store.get('a'), store.get('b'), store.get('c')]).toEqual([1, undefined, 3]);
    expect(store.size).toBe(2);
  });
});
