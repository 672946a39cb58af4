import { describe, expect, it } from 'vitest';
import { inDiff, parsePatch, parseUnifiedDiff } from '../../src/analysis/diff-filter.js';

const PATCH = [
  '@@ -1,4 +1,5 @@',
  ' import os',
  '-x = 1',
  '+x = 2',
  '+y = 3',
  ' z = 4',
  ' w = 5',
  '@@ -20,2 +21,3 @@',
  ' a',
  '+b',
  ' c',
].join('\n');

describe('parsePatch', () => {
  it('collects new-side added lines and hunk ranges', () => {
    const d = parsePatch(PATCH);
    expect([...d.added]).toEqual([2, 3, 22]);
    expect(d.hunks).toEqual([
      [1, 5],
      [21, 23],
    ]);
  });
});

describe('parseUnifiedDiff', () => {
  it('splits git diff output per file and skips deleted files', () => {
    const text = [
      'diff --git a/app.py b/app.py',
      'index 1..2 100644',
      '--- a/app.py',
      '+++ b/app.py',
      '@@ -1,1 +1,2 @@',
      ' a',
      '+b',
      'diff --git a/old.py b/old.py',
      'deleted file mode 100644',
      '--- a/old.py',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
      '-gone',
    ].join('\n');
    const diffs = parseUnifiedDiff(text);
    expect([...diffs.keys()]).toEqual(['app.py']);
    expect([...diffs.get('app.py')!.added]).toEqual([2]);
  });
});

describe('inDiff', () => {
  const diffs = new Map([['a.py', parsePatch(PATCH)]]);
  const at = (line: number, endLine = line, path = 'a.py') => ({ path, line, endLine });
  it('added: only findings touching an added line inside a hunk', () => {
    expect(inDiff(at(2), diffs, 'added')).toBe(true);
    expect(inDiff(at(4), diffs, 'added')).toBe(false);
    expect(inDiff(at(3, 6), diffs, 'added')).toBe(false); // leaves the hunk: cannot take a comment
  });
  it('diff_context, file and nofilter widen the net', () => {
    expect(inDiff(at(4), diffs, 'diff_context')).toBe(true);
    expect(inDiff(at(10), diffs, 'diff_context')).toBe(false);
    expect(inDiff(at(10), diffs, 'file')).toBe(true);
    expect(inDiff(at(1, 1, 'b.py'), diffs, 'file')).toBe(false);
    expect(inDiff(at(1, 1, 'b.py'), diffs, 'nofilter')).toBe(true);
  });
});
