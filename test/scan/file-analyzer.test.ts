// Choosing where files are analysed, and what an unfinished data-flow solve leaves behind: every file with
// data-flow facts carries an internal error, so the scan is incomplete instead of silently missing flows.
import { describe, expect, it } from 'vitest';
import type { FileResult } from '../../src/analysis/file-result.js';
import { incompleteFiles } from '../../src/analysis/incomplete.js';
import { assembleScanResult } from '../../src/analysis/scan.js';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import { createFileAnalyzer } from '../../src/scan/file-analyzer.js';
import { emptyResult } from '../helpers/file-result.js';

const FAKE = new URL('./fixtures/fake-worker.mjs', import.meta.url);
const result = (path: string, withFacts: boolean): FileResult =>
  emptyResult(
    path,
    withFacts
      ? {
          passData: {
            taint: {
              v: 2,
              path,
              module: path.replace('.py', ''),
              isPackage: false,
              functions: [],
              suppressions: [],
              imports: [],
            },
          },
        }
      : {},
  );

describe('createFileAnalyzer', () => {
  it('runs on the calling thread only when asked (threads: 0) or when no compiled worker exists (TypeScript sources)', () => {
    expect(createFileAnalyzer({ threads: 0, script: FAKE }).mode).toBe('in-thread');
    expect(createFileAnalyzer({ threads: 2, script: FAKE }).mode).toBe('workers');
    expect(createFileAnalyzer({ threads: 2 }).mode).toBe('in-thread'); // this test runs from src/*.ts
  });

  it('sends a solve worker only the IRs and merges its findings here: files it did not change stay the same objects', async () => {
    const files = createFileAnalyzer({ threads: 1, script: FAKE });
    try {
      const flowing = result('a.py', true);
      const plain = result('plain.py', false);
      const solved = await files.solve([plain, flowing], [], DEFAULT_CONFIG);
      expect(solved.map((f) => f.path)).toEqual(['a.py', 'plain.py']); // path order, whatever the input order
      expect(solved[1]).toBe(plain); // so a cached solve stores only what changed (not 1,786 copies of results)
      expect(solved[0]).not.toBe(flowing);
      expect(solved[0]!.findings.map((f) => f.ruleId)).toEqual(['fake-flow']);
    } finally {
      await files.close();
    }
  });

  it('marks the files of a solve that ran out of budget, making the scan incomplete', async () => {
    const files = createFileAnalyzer({ threads: 1, script: FAKE });
    try {
      // CPU budget 6 × 100 ms; a wide wall backstop, so a loaded machine still shows the CPU budget running out.
      const config = {
        ...DEFAULT_CONFIG,
        limits: { ...DEFAULT_CONFIG.limits, fileTimeoutMs: 100, fileWallTimeoutMs: 2_000 },
      };
      const solved = await files.solve([result('slow.py', true), result('plain.py', false)], [], config);
      expect(solved.find((f) => f.path === 'slow.py')!.errors).toEqual([
        {
          ruleId: 'data-flow',
          message:
            'the project-wide data-flow solve did not finish: not analysed: budget exceeded (CPU time 600 ms, during data-flow solve)',
        },
      ]);
      expect(solved.find((f) => f.path === 'plain.py')!.errors).toEqual([]);
      expect(incompleteFiles(assembleScanResult(solved, [], [], 0)).map((f) => f.path)).toEqual(['slow.py']);
    } finally {
      await files.close();
    }
  });
});
