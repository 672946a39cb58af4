import { describe, expect, it } from 'vitest';
import { anyCaseKey, gateOf, gateOpen, HintMatcher, NON_ASCII_KEY } from '../../src/analysis/hints.js';
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

describe('HintMatcher in any letter case', () => {
  it('finds an any-case hint in every casing, and a hint as written only as written', () => {
    const m = new HintMatcher([anyCaseKey('X-Frame-Options'), 'Request', 'hostPID']);
    expect([...m.found('resp.headers["x-frame-options"] = v')]).toEqual([anyCaseKey('x-frame-options')]);
    expect([...m.found('X-FRAME-OPTIONS')]).toEqual([anyCaseKey('x-frame-options')]);
    expect([...m.found('request = REQUEST')]).toEqual([]);
    expect([...m.found('request = Request()')]).toEqual(['Request']);
    expect([...m.found('hostpid hostPid')]).toEqual([]);
    expect([...m.found('hostpid hostPID')]).toEqual(['hostPID']);
  });

  it('keeps a hint as written apart from the same text in any case', () => {
    const m = new HintMatcher(['Docker', anyCaseKey('docker')]);
    expect([...m.found('DOCKER')]).toEqual([anyCaseKey('docker')]);
    expect([...m.found('Docker')].sort()).toEqual(['Docker', anyCaseKey('docker')].sort());
  });

  it('notes a character outside ASCII only when asked, and restarts matching after it', () => {
    expect([...new HintMatcher(['ab']).found('a\u200bb')]).toEqual([]);
    const m = new HintMatcher(['ab', NON_ASCII_KEY]);
    expect([...m.found('a\u200bb')]).toEqual([NON_ASCII_KEY]);
    expect([...m.found('ab')]).toEqual(['ab']);
    expect([...m.found('é ab')].sort()).toEqual(['ab', NON_ASCII_KEY].sort());
  });

  it('agrees with a case-insensitive search on random text', () => {
    const hints = ['aB', 'abc', 'BCA', 'cab'];
    const m = new HintMatcher([...hints, ...hints.map(anyCaseKey)]);
    for (let n = 0; n < 200; n++) {
      const text = Array.from({ length: 30 }, () => 'abcABC'[Math.floor(Math.random() * 6)]).join('');
      const expected = [
        ...hints.filter((h) => text.includes(h)),
        ...hints.filter((h) => text.toLowerCase().includes(h.toLowerCase())).map(anyCaseKey),
      ];
      expect([...m.found(text)].sort(), text).toEqual(expected.sort());
    }
  });
});

describe('rule gates', () => {
  it('need one hint and one entry of every required group', () => {
    const gate = gateOf({ hints: ['run', 'create'], requires: [['docker'], ['pid_mode', { anyCase: 'IPC_MODE' }]] });
    const open = (text: string) => gateOpen(gate, new HintMatcher([...gate!.any!, ...gate!.all.flat()]).found(text));
    expect(open('docker.run(pid_mode="host")')).toBe(true);
    expect(open('docker.run(IPC_Mode="host")')).toBe(true);
    expect(open('docker.run(uts_mode="host")')).toBe(false);
    expect(open('podman.run(pid_mode="host")')).toBe(false);
    expect(open('docker.start(pid_mode="host")')).toBe(false);
    expect(gateOf({})).toBeUndefined();
    expect(gateOpen(undefined, new Set())).toBe(true);
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
