// The `# nosec` reader replaced a cubic regex; on ordinary comments it must read exactly what the regex read.
import { describe, expect, it } from 'vitest';
import { readNosec } from '../../src/analysis/suppressions.js';

/** The old pattern, kept here as the oracle (safe on these short strings only). */
const OLD = /#\s*nosec\b:?\s*([A-Za-z0-9_,\s-]*?)(?:\s+--\s*(.+))?\s*$/i;

function old(text: string) {
  const m = OLD.exec(text);
  return m
    ? { marker: m[0], codes: (m[1] ?? '').split(/[\s,]+/).filter(Boolean), reason: m[2]?.trim() || undefined }
    : undefined;
}

function now(text: string) {
  const m = readNosec(text);
  return m
    ? { marker: m.marker, codes: m.codes.split(/[\s,]+/).filter(Boolean), reason: m.reason?.trim() || undefined }
    : undefined;
}

const CORPUS = [
  '# nosec',
  '#nosec',
  '# NOSEC',
  '# nosec B602',
  '# nosec: B602, B607',
  '# nosec B307 -- vetted constant',
  '# nosec -- reason',
  '# nosec -- reason!',
  '# nosec  --  spaced reason  ',
  '# nosec B602 --',
  '# nosec B602 -- ',
  '# nosec!',
  '# nosec B602!',
  '# nosecurity',
  '# see # nosec B101',
  '# nosec # nosec B1',
  '# nosec: ',
  '# nosec:B1',
  '# nosec B1 B2,B3 -- a -- b',
  '# nosec sql-injection -- ok',
  '# nosec\tB602\t--\twhy',
  '# nosec -',
  '# nosec --x',
  '# nosec - - x',
  '# nosec B602 -- réason ✓',
  '#  nosec  ',
  '# todo nosec later',
  '# nosec, B1',
  '# nosec B1 --- x',
];

describe('readNosec', () => {
  it('reads what the old regex read on ordinary comments', () => {
    for (const text of CORPUS) expect({ text, parsed: now(text) }).toEqual({ text, parsed: old(text) });
  });

  it('reads random short comments like the old regex', () => {
    const alphabet = ['#', ' ', 'nosec', 'B602', ',', '-', '--', ':', '!', 'x', '\t', 'a'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let i = 0; i < 3000; i++) {
      let text = '# nosec';
      const len = next() % 8;
      for (let j = 0; j < len; j++) text += alphabet[next() % alphabet.length];
      expect({ text, parsed: now(text) }).toEqual({ text, parsed: old(text) });
    }
  });

  it('is linear: a few thousand spaces (cubic before) and 100 KB of them', () => {
    const started = performance.now();
    expect(readNosec(`# nosec${' '.repeat(3000)}!`)).toBeUndefined();
    expect(readNosec(`# nosec${' '.repeat(100_000)}!`)).toBeUndefined();
    expect(readNosec(`# nosec B1${' -'.repeat(50_000)}x`)).toBeDefined(); // all code characters: a marker
    expect(readNosec(`# nosec${' a'.repeat(50_000)}!`)).toBeUndefined();
    expect(readNosec(`${'# nosec '.repeat(10_000)}!`)).toBeUndefined(); // every marker start tried once
    expect(readNosec(`${'# nosec!'.repeat(10_000)}${' '.repeat(100_000)}`)).toBeUndefined(); // trailing spaces read once
    expect(performance.now() - started).toBeLessThan(500);
  });
});
