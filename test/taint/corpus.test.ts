// Keeps the taint analysis from regressing on the labelled corpus (test/corpus): the issue's bar per CWE
// (TPR >= 90%, FPR <= 10%) and today's totals as floors.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { runCorpus } from '../../tools/eval/run-corpus.js';
import type { CorpusScore } from '../../tools/eval/corpus.js';

const ISSUE_CWES = [
  'CWE-89',
  'CWE-78',
  'CWE-94',
  'CWE-95',
  'CWE-22',
  'CWE-918',
  'CWE-79',
  'CWE-1336',
  'CWE-601',
  'CWE-90',
  'CWE-643',
  'CWE-943',
  'CWE-502',
  'CWE-611',
  'CWE-113',
  'CWE-117',
  'CWE-501',
  'CWE-1333',
  'CWE-614',
];

describe('taint corpus', () => {
  let score: CorpusScore;

  beforeAll(async () => {
    score = await runCorpus(join(import.meta.dirname, '..', 'corpus'), RULES);
  }, 60_000);

  it('has at least 300 labelled cases, half of them traps', () => {
    expect(score.labels + score.traps).toBeGreaterThanOrEqual(300);
    expect(score.traps).toBeGreaterThanOrEqual(score.labels);
  });

  it('covers every CWE of the issue with vulnerable lines and traps', () => {
    for (const cwe of ISSUE_CWES) {
      const s = score.perCwe.find((c) => c.cwe === cwe);
      expect(s, cwe).toBeDefined();
      expect(s!.tp + s!.fn, `${cwe} vulnerable lines`).toBeGreaterThan(0);
      expect(s!.tn + s!.fp, `${cwe} traps`).toBeGreaterThan(0);
    }
  });

  it('reaches TPR >= 90% and FPR <= 10% for every CWE', () => {
    const under = score.perCwe
      .filter((s) => s.tpr < 0.9 || s.fpr > 0.1)
      .map((s) => `${s.cwe} tpr=${s.tpr} fpr=${s.fpr}`);
    expect(under).toEqual([]);
  });

  it('does not regress below the measured totals', () => {
    expect(score.missed.map((l) => `${l.path}:${l.line} ${l.cwe}`)).toEqual([]);
    expect(score.falseAlarms.map((f) => `${f.path}:${f.line} ${f.cwe}`)).toEqual([]);
  });
});
