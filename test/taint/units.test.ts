// Small pieces of the taint analysis: taint values, module names, corpus labels and scoring.
import { describe, expect, it } from 'vitest';
import { join as joinVal, clear, step, MAX_STEPS, type Origin } from '../../src/analysis/taint/solve/value.js';
import { moduleNameOf } from '../../src/analysis/taint/module-name.js';
import { parseLabels, scoreCorpus } from '../../tools/eval/corpus.js';
import { kindBit, maskOf, sourceReaches } from '../../src/analysis/taint/kinds.js';
import type { Finding } from '../../src/analysis/rule.js';

const origin = (id: string, cleared = 0): Origin => ({ id, cleared, steps: [] });

describe('taint values', () => {
  it('joins by origin and keeps the weaker sanitisation (a sink is safe only if safe on every path)', () => {
    const v = joinVal([origin('s1', maskOf(['sql', 'command']))], [origin('s1', maskOf(['sql'])), origin('s2')]);
    expect(v.map((o) => [o.id, o.cleared])).toEqual([
      ['s1', kindBit('sql')],
      ['s2', 0],
    ]);
  });

  it('clears only the given kinds and bounds the path', () => {
    expect(clear([origin('s')], kindBit('path'))[0]!.cleared).toBe(kindBit('path'));
    let v = [origin('s')] as readonly Origin[];
    for (let i = 0; i < 40; i++) v = step(v, { line: i, column: 1, note: `n${i}` });
    expect(v[0]!.steps.length).toBe(MAX_STEPS);
    expect(v[0]!.steps[0]!.note).toBe('n0');
    expect(v[0]!.steps.at(-1)!.note).toBe('n39');
  });

  it('applies LLM answers to code, command and SQL sinks only', () => {
    expect(sourceReaches('llm', 'command')).toBe(true);
    expect(sourceReaches('llm', 'path')).toBe(false);
    expect(sourceReaches('remote', 'path')).toBe(true);
  });
});

describe('module names', () => {
  it('maps paths to dotted modules', () => {
    expect(moduleNameOf('pkg/db.py')).toEqual({ module: 'pkg.db', isPackage: false });
    expect(moduleNameOf('./pkg/sub/__init__.py')).toEqual({ module: 'pkg.sub', isPackage: true });
  });
});

describe('corpus labels', () => {
  it('attach to the next code line and score TP/FP/FN/TN', () => {
    const src =
      '# ruleid: CWE-89\n\nexecute(a)\n# ok: CWE-89\nexecute(b)\n# ruleid: CWE-78, sql-injection\nsystem(c)\nother()\n';
    const labels = parseLabels('f.py', src);
    expect(labels.map((l) => [l.line, l.cwe, l.expect])).toEqual([
      [3, 'CWE-89', true],
      [5, 'CWE-89', false],
      [7, 'CWE-78', true],
    ]);
    const finding = (line: number, ruleId: string) => ({ path: 'f.py', line, ruleId }) as Finding;
    const cwes: Record<string, string[]> = { sql: ['CWE-89'], cmd: ['CWE-78'] };
    const score = scoreCorpus(
      labels,
      [finding(3, 'sql'), finding(5, 'sql'), finding(8, 'cmd')],
      (id) => cwes[id] ?? [],
    );
    const sql = score.perCwe.find((s) => s.cwe === 'CWE-89')!;
    const cmd = score.perCwe.find((s) => s.cwe === 'CWE-78')!;
    expect([sql.tp, sql.fp, sql.fn, sql.tn]).toEqual([1, 1, 0, 0]);
    expect([cmd.tp, cmd.fp, cmd.fn, cmd.tn]).toEqual([0, 1, 1, 0]);
    expect(score.falseAlarms.map((f) => f.line)).toEqual([5, 8]);
  });
});

describe('missing local imports', () => {
  it('lists in-repository modules the analysed files import but the scan lacks', async () => {
    const { createAnalyzer } = await import('../../src/analysis/scan.js');
    const { missingLocalImports } = await import('../../src/analysis/taint/local-imports.js');
    const { TAINT_RULES } = await import('./helpers.js');
    const analyzer = await createAnalyzer(TAINT_RULES);
    const views = analyzer.analyze(
      'app/views.py',
      'from flask import request\nfrom .db import find\nfrom app import util\nimport os\n\ndef v():\n    return find(request.args["x"])\n',
    );
    const repo = new Set(['app/views.py', 'app/db.py', 'app/util.py']);
    expect(missingLocalImports([views], (p) => repo.has(p))).toEqual(['app/db.py', 'app/util.py']);
  });
});
