// Autofix → unified diff: the hunk covers the edited lines with context, and edits that no longer fit are refused.
import { describe, expect, it } from 'vitest';
import { fixPatch, positionAt } from '../../src/report/fix-patch.js';

const source = 'a = 1\nb = 2\nc = 3\nd = 4\ne = 5\nf = 6\n';

describe('fixPatch', () => {
  it('diffs the edited line with two lines of context', () => {
    const start = source.indexOf('3');
    expect(fixPatch('m.py', source, { description: 'x', edits: [{ start, end: start + 1, text: '30' }] })).toBe(
      '--- a/m.py\n+++ b/m.py\n@@ -1,5 +1,5 @@\n a = 1\n b = 2\n-c = 3\n+c = 30\n d = 4\n e = 5',
    );
  });

  it('handles edits that add lines and several edits at once', () => {
    const b = source.indexOf('b = 2');
    const d = source.indexOf('d = 4');
    const patch = fixPatch('m.py', source, {
      description: 'x',
      edits: [
        { start: d, end: d, text: 'import os\n' },
        { start: b, end: b + 5, text: 'b = 20' },
      ],
    });
    expect(patch).toContain('@@ -1,6 +1,7 @@');
    expect(patch).toContain('-b = 2\n-c = 3\n-d = 4\n+b = 20\n+c = 3\n+import os\n+d = 4');
  });

  it('refuses edits outside the source, overlapping edits and no-op edits', () => {
    expect(fixPatch('m.py', source, { description: 'x', edits: [{ start: 5, end: 999, text: '' }] })).toBeUndefined();
    expect(
      fixPatch('m.py', source, {
        description: 'x',
        edits: [
          { start: 0, end: 4, text: '' },
          { start: 2, end: 6, text: '' },
        ],
      }),
    ).toBeUndefined();
    expect(fixPatch('m.py', source, { description: 'x', edits: [{ start: 0, end: 1, text: 'a' }] })).toBeUndefined();
  });

  it('maps offsets to 1-based positions', () => {
    expect(positionAt(source, source.indexOf('c'))).toEqual({ line: 3, column: 1 });
    expect(positionAt(source, source.indexOf('3'))).toEqual({ line: 3, column: 5 });
  });
});
