// Markdown escaping: text from analysed code cannot close a fence, split a table row or open raw HTML.
import { describe, expect, it } from 'vitest';
import { cell, code, fence, inline, table } from '../../src/report/md-text.js';

describe('md-text', () => {
  it('shows hidden-text characters (tag characters, supplementary variation selectors, word joiner) as U+FFFD', () => {
    const hidden = `ok${String.fromCodePoint(0xe0041, 0xe0042)}\u2060${String.fromCodePoint(0xe0100)}`;
    expect(code(hidden)).toBe('`ok\ufffd\ufffd\ufffd\ufffd`');
    expect(fence(hidden)).toBe('```\nok\ufffd\ufffd\ufffd\ufffd\n```');
  });
  it('fences with more backticks than the longest run inside', () => {
    expect(fence('x = 1', 'python')).toBe('```python\nx = 1\n```');
    expect(fence('a = "````"')).toBe('`````\na = "````"\n`````');
  });

  it('makes code spans that survive backticks', () => {
    expect(code('a`b')).toBe('``a`b``');
    expect(code('`a')).toBe('`` `a ``');
    expect(code('plain\nnext')).toBe('`plain next`');
  });

  it('escapes pipes and line breaks in table cells', () => {
    expect(cell('a|b\nc')).toBe('a\\|b c');
    expect(table(['H'], [['x|y']])).toBe('| H |\n| --- |\n| x\\|y |');
  });

  it('turns < and > into entities outside code spans only', () => {
    expect(inline('<img src=x> and `a<b`')).toBe('&lt;img src=x&gt; and `a<b`');
  });
});
