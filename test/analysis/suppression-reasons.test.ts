// Suppression reasons with the delimiters people use (issue 10: `# noqa: S308 - no security implications` was
// reported as a suppression without a reason); only a bare code is reasonless. Bandit's free text after the ids.
import { describe, expect, it } from 'vitest';
import { parseSuppression, reasonAfter } from '../../src/analysis/suppressions.js';

const parse = (text: string) => parseSuppression(text, 1, 1);

describe('suppression reasons', () => {
  it.each([
    ['# noqa: S308 - no security implications', ['S308'], 'no security implications'],
    ['# noqa: S308 -- reviewed', ['S308'], 'reviewed'],
    ['# noqa: S602 — constant command', ['S602'], 'constant command'],
    ['# noqa: S602: the command is a constant', ['S602'], 'the command is a constant'],
    ['# noqa: S602, S607 (trusted admin script)', ['S602', 'S607'], 'trusted admin script'],
    ['# noqa: S602  # constant from settings', ['S602'], 'constant from settings'],
    ['# nosec B602 reviewed: constant command', ['B602'], 'reviewed: constant command'],
    ['# nosec B602, B607 - only test data', ['B602', 'B607'], 'only test data'],
    ['# nosec -- reviewed by security', [], 'reviewed by security'],
    ['# nosec reviewed by security', [], 'reviewed by security'],
    ['# nosec subprocess-shell-true -- constant', ['subprocess-shell-true'], 'constant'],
    ['# sentinel: ignore[tainted-sql] - parameterised upstream', ['tainted-sql'], 'parameterised upstream'],
    ['# sentinel: ignore (false positive: int() above)', [], 'false positive: int() above'],
  ])('%s', (text, codes, reason) => {
    expect(parse(text)).toMatchObject({ codes, reason });
  });

  it.each([
    '# noqa: S602',
    '# noqa: S602, S607',
    '# nosec',
    '# nosec B602',
    '# nosec B602 -',
    '# sentinel: ignore[tainted-sql]',
    '# noqa: S602 --',
  ])('a bare code has no reason: %s', (text) => {
    const parsed = parse(text);
    expect(parsed).toBeDefined();
    expect(parsed!.reason).toBeUndefined();
  });

  it('does not read a lone delimiter or punctuation as a reason', () => {
    expect(reasonAfter(' -- ')).toBeUndefined();
    expect(reasonAfter(' ( ) ')).toBeUndefined();
    expect(reasonAfter(' - ok')).toBe('ok');
  });
});
