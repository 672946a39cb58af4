import { describe, expect, it } from 'vitest';
import { linesOf, SourceLines } from '../../src/analysis/source-lines.js';

const TEXTS = [
  '',
  'a',
  'a\n',
  'a\nb',
  'a\r\nb\r\n',
  '\r\n\r\n',
  'x\ry\nz\r',
  '\n\n\n',
  'one\r\ntwo\nthree\r\n\r\nfour',
];

describe('SourceLines', () => {
  it.each(TEXTS.map((t) => [JSON.stringify(t), t]))('numbers and cuts %s as split(/\\r?\\n/) does', (_name, text) => {
    const split = text.split(/\r?\n/);
    const lines = new SourceLines(text);
    expect(lines.count).toBe(split.length);
    for (let n = 0; n <= split.length + 1; n++) expect(lines.line(n), `line ${n}`).toBe(split[n - 1] ?? '');
    for (let first = 1; first <= split.length + 1; first++)
      for (let last = first; last <= split.length + 2; last++)
        expect(lines.range(first, last), `${first}..${last}`).toBe(split.slice(first - 1, last).join('\n'));
  });

  it('is shared for the same text and rebuilt for another', () => {
    const a = linesOf('a\nb');
    expect(linesOf('a\nb')).toBe(a);
    expect(linesOf('c').line(1)).toBe('c');
  });
});
