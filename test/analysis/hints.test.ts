import { describe, expect, it } from 'vitest';
import { HintMatcher } from '../../src/analysis/hints.js';
import { createAnalyzer } from '../../src/analysis/scan.js';
import { defineRule } from '../../src/analysis/rule.js';

describe('HintMatcher', () => {
  it('finds every hint that occurs, including overlapping and nested ones', () => {
    const m = new HintMatcher(['he', 'she', 'his', 'hers', 'yaml.load', 'pickle', 'é']);
    expect([...m.found('ushers')].sort()).toEqual(['he', 'hers', 'she']);
    expect([...m.found('import yaml\nyaml.load(x)')]).toEqual(['yaml.load']);
    expect([...m.found('h i s')]).toEqual([]);
    expect([...m.found('this')]).toEqual(['his']);
    expect([...m.found('')]).toEqual([]);
  });

  it('agrees with String.includes on random text', () => {
    const hints = ['ab', 'abc', 'bca', 'cab', 'aaa', 'c'];
    const m = new HintMatcher(hints);
    for (let n = 0; n < 200; n++) {
      const text = Array.from({ length: 30 }, () => 'abc'[Math.floor(Math.random() * 3)]).join('');
      expect([...m.found(text)].sort(), text).toEqual(hints.filter((h) => text.includes(h)).sort());
    }
  });
});

describe('rule hints in the engine', () => {
  it('does not create a rule whose hints do not occur in the file', async () => {
    let created = 0;
    const rule = defineRule({
      hints: ['pickle', 'dill'],
      meta: {
        id: 'hinted',
        title: 't',
        category: 'deserialization',
        cwe: ['CWE-502'],
        owasp: { '2021': ['A08:2021'], '2025': ['A08:2025'] },
        severity: 'high',
        riskScore: 8,
        confidence: 'high',
        threat: 'integrity',
        timeline: 'immediate',
        aliases: {},
        messages: { hit: 'Hit.' },
        docs: {
          whatItDoes: 'x',
          whyBad: 'x',
          businessImpact: 'x',
          attackScenario: 'x',
          example: 'x',
          useInstead: 'x',
          testing: 'x',
          references: ['https://x.org'],
        },
      },
      create(ctx) {
        created++;
        return { calls: { 'pickle.loads': (c) => ctx.report({ node: c.node, messageId: 'hit' }) } };
      },
    });
    const analyzer = await createAnalyzer([rule]);
    expect(analyzer.analyze('a.py', 'import json\njson.loads(x)\n').findings).toEqual([]);
    expect(created).toBe(0);
    expect(analyzer.analyze('b.py', 'import pickle\npickle.loads(x)\n').findings).toHaveLength(1);
    expect(created).toBe(1);
  });
});
