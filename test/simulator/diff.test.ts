// The simulator's patches: hunks with 3 lines of context, and exactly the new-side lines GitHub lets you comment on.
import { describe, expect, it } from 'vitest';
import { diffFiles } from '../../tools/simulator/diff.js';

const lines = (n: number, change?: Record<number, string>) =>
  Array.from({ length: n }, (_, i) => change?.[i + 1] ?? `line ${i + 1}`).join('\n') + '\n';

describe('diffFiles', () => {
  it('renders an added file as one hunk, every line commentable', () => {
    const diff = diffFiles(undefined, 'a\nb\n');
    expect(diff.patch).toBe('@@ -0,0 +1,2 @@\n+a\n+b');
    expect([...diff.commentableLines]).toEqual([1, 2]);
  });

  it('splits distant changes into separate hunks; lines between them cannot take comments', () => {
    const diff = diffFiles(lines(30), lines(30, { 3: 'changed 3', 25: 'changed 25' }));
    expect(diff.patch.split('\n').filter((l) => l.startsWith('@@'))).toEqual(['@@ -1,6 +1,6 @@', '@@ -22,7 +22,7 @@']);
    expect([...diff.commentableLines]).toEqual([1, 2, 3, 4, 5, 6, 22, 23, 24, 25, 26, 27, 28]);
    expect([diff.additions, diff.deletions]).toEqual([2, 2]);
  });

  it('renders a removed file with deletions only and nothing commentable', () => {
    const diff = diffFiles('x\n', undefined);
    expect(diff.patch).toBe('@@ -1,1 +0,0 @@\n-x');
    expect(diff.commentableLines.size).toBe(0);
  });
});
