// Messages and fixes may only claim what the rule checked (issue 10, item 7): a fix offered must work for every
// construct the rule reports. These are the classes seen on real code, checked across the whole registry.
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';

const metas = RULES.map((r) => r.meta);
const text = (m: (typeof metas)[number]) => [...Object.values(m.messages), m.docs.useInstead].join('\n');

describe('messages true for the code shown', () => {
  it('no rule that reports exec offers ast.literal_eval as its only fix (literal_eval cannot run statements)', () => {
    const wrong = metas.filter(
      (m) => /`exec`/.test(m.docs.whatItDoes) && /literal_eval/.test(text(m)) && !/dispatch/i.test(m.docs.useInstead),
    );
    expect(wrong.map((m) => m.id)).toEqual([]);
  });

  it('no regex rule tells people to re.escape a pattern without the case where the pattern is the feature', () => {
    const wrong = metas.filter((m) => /re\.escape/.test(text(m)) && !/re2|time limit|timeout/i.test(text(m)));
    expect(wrong.map((m) => m.id)).toEqual([]);
  });

  it('no message says a hash "protects" a value: the rule sees names, not purposes', () => {
    const wrong = metas.filter((m) => /\{\{algo\}\}` protects/.test(Object.values(m.messages).join('\n')));
    expect(wrong.map((m) => m.id)).toEqual([]);
  });
});
