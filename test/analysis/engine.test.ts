// The engine: name resolution through imports, static evaluation, dispatch, containment, recovery, suppressions.
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/analysis/scan.js';
import { defineRule, type Rule, type RuleMeta } from '../../src/analysis/rule.js';
import type { Node } from '../../src/analysis/syntax-node.js';

function meta(id: string, extra: Partial<RuleMeta> = {}): RuleMeta {
  return {
    id,
    title: id,
    category: 'input-validation',
    cwe: ['CWE-20'],
    owasp: { '2021': ['A03:2021'], '2025': ['A05:2025'] },
    severity: 'medium',
    riskScore: 5,
    confidence: 'high',
    threat: 'integrity',
    timeline: '7-days',
    aliases: {},
    messages: { hit: 'Hit {{what}}.' },
    docs: {
      whatItDoes: 'x',
      whyBad: 'x',
      businessImpact: 'x',
      attackScenario: 'x',
      example: 'x',
      useInstead: 'x',
      testing: 'x',
      references: ['https://example.org'],
    },
    ...extra,
  };
}

/** A rule that reports every call's resolved name, to observe resolution. */
const callNames = defineRule({
  meta: meta('call-names'),
  create: (ctx) => ({
    calls: { '*': (call) => ctx.report({ node: call.node, messageId: 'hit', data: { what: call.name ?? '?' } }) },
  }),
});

/** A rule that reports the static value of every `x = …` right-hand side. */
const staticValues = defineRule({
  meta: meta('static-values'),
  create: (ctx) => ({
    nodes: {
      assignment: (node: Node) => {
        const right = node.childForFieldName('right');
        const v = ctx.staticValue(right);
        ctx.report({ node, messageId: 'hit', data: { what: v === undefined ? '<unknown>' : JSON.stringify(v) } });
      },
    },
  }),
});

async function run(rules: Rule[], source: string, path = 'app.py') {
  const analyzer = await createAnalyzer(rules);
  return analyzer.analyze(path, source);
}

describe('call resolution', () => {
  it('follows import aliases and from-imports', async () => {
    const src = [
      'import subprocess as sp',
      'from os import system as run',
      'from yaml import load',
      'import os.path',
      'sp.run(x)',
      'run(y)',
      'load(z)',
      'os.path.join(a, b)',
      'cursor.execute(q)',
      'eval(s)',
      'f()(1)',
    ].join('\n');
    const names = (await run([callNames], src)).findings.map((f) => f.message);
    expect(names).toEqual([
      'Hit subprocess.run.',
      'Hit os.system.',
      'Hit yaml.load.',
      'Hit os.path.join.',
      'Hit cursor.execute.',
      'Hit eval.',
      'Hit ?.',
      'Hit f.',
    ]);
  });

  it('dispatches exact names and methods once per rule', async () => {
    const seen: string[] = [];
    const rule = defineRule({
      meta: meta('dispatch'),
      create: () => ({
        calls: { 'yaml.load': (c) => seen.push(`exact:${c.name}`), '*.load': (c) => seen.push(`method:${c.name}`) },
      }),
    });
    await run([rule], 'import yaml\nyaml.load(a)\npickle_like.load(b)\nload(c)\n');
    expect(seen).toEqual(['exact:yaml.load', 'method:pickle_like.load']);
  });
});

describe('static evaluation', () => {
  it('evaluates literals, concatenation, f-strings, %, .format and module constants', async () => {
    const src = [
      'BASE = "SELECT * FROM t"',
      'a = BASE + " WHERE id = 1"',
      'b = f"{BASE} LIMIT {10}"',
      'c = "%s-%d" % ("x", 3)',
      'd = "{}:{name}".format(1, name="n")',
      'e = "a" "b"',
      'f = f"{user}"',
      'g = r"\\d" + "\\n"',
      'h = (1, "x", None)',
      'i = -5',
      'j = not ""',
      'k = 0o777',
      'l = b"raw"',
    ].join('\n');
    const values = (await run([staticValues], src)).findings.map((f) => f.message);
    expect(values).toEqual([
      'Hit "SELECT * FROM t".',
      'Hit "SELECT * FROM t WHERE id = 1".',
      'Hit "SELECT * FROM t LIMIT 10".',
      'Hit "x-3".',
      'Hit "1:n".',
      'Hit "ab".',
      'Hit <unknown>.',
      'Hit "\\\\d\\n".',
      'Hit [1,"x",null].',
      'Hit -5.',
      'Hit true.',
      'Hit 511.',
      'Hit {"bytes":"raw"}.',
    ]);
  });

  it('does not treat a reassigned module name as a constant', async () => {
    const values = (await run([staticValues], 'Q = "a"\nQ = input()\nx = Q\n')).findings.map((f) => f.message);
    expect(values[2]).toBe('Hit <unknown>.');
  });
});

describe('containment and recovery', () => {
  it('turns a throwing rule into an internal error and keeps the other rules running', async () => {
    const broken = defineRule({
      meta: meta('broken'),
      create: () => ({
        calls: {
          '*': () => {
            throw new Error('boom');
          },
        },
      }),
    });
    const result = await run([broken, callNames], 'eval(x)\neval(y)\n');
    expect(result.errors).toEqual([{ ruleId: 'broken', message: 'boom', line: 1 }]);
    expect(result.findings.map((f) => f.ruleId)).toEqual(['call-names', 'call-names']);
  });

  it('contains a rule error to the node it threw on: the rule keeps its findings on the other nodes', async () => {
    // Throws on the call to `bad` only, reports every other call: one error (first line it threw on), all the rest.
    const flaky = defineRule({
      meta: meta('flaky'),
      create: (ctx) => ({
        calls: {
          '*': (call) => {
            if (call.name === 'bad') throw new RangeError('Invalid string length');
            ctx.report({ node: call.node, messageId: 'hit', data: { what: call.name ?? '?' } });
          },
        },
      }),
    });
    const result = await run([flaky], 'eval(a)\nbad(1)\nexec(b)\nbad(2)\nopen(c)\n');
    expect(result.errors).toEqual([{ ruleId: 'flaky', message: 'Invalid string length', line: 2 }]);
    expect(result.findings.map((f) => `${f.line}:${f.message}`)).toEqual(['1:Hit eval.', '3:Hit exec.', '5:Hit open.']);
  });

  it('contains node handlers as well as call handlers', async () => {
    const flakyNodes = defineRule({
      meta: meta('flaky-nodes'),
      create: (ctx) => ({
        nodes: {
          assignment: (node: Node) => {
            if (node.text.startsWith('boom')) throw new Error('boom');
            ctx.report({ node, messageId: 'hit', data: { what: node.text } });
          },
        },
      }),
    });
    const result = await run([flakyNodes], 'a = 1\nboom = 2\nb = 3\n');
    expect(result.errors).toEqual([{ ruleId: 'flaky-nodes', message: 'boom', line: 2 }]);
    expect(result.findings.map((f) => f.line)).toEqual([1, 3]);
  });

  it('parses modern syntax and analyses files with syntax errors where the tree recovers', async () => {
    const modern = [
      'type Pair[T] = tuple[T, T]',
      'def f[T](x: T) -> T: return x',
      'match cmd:',
      '    case ["go", *rest]: eval(rest)',
      'if (n := len(a)) > 1: pass',
      'print(f"{x!r:>{w}} {f"{y}"}")',
    ].join('\n');
    const ok = await run([callNames], modern);
    expect(ok.syntaxErrors).toEqual([]);
    expect(ok.findings.map((f) => f.message)).toContain('Hit eval.');
    const broken = await run([callNames], 'def f(:\n    pass\neval(x)\n');
    expect(broken.syntaxErrors.length).toBeGreaterThan(0);
    expect(broken.findings.map((f) => f.line)).toContain(3);
  });
});

describe('suppressions', () => {
  const aliased = defineRule({
    meta: meta('aliased', { aliases: { bandit: ['B307'], ruff: ['S307'] } }),
    create: (ctx) => ({
      calls: { eval: (c) => ctx.report({ node: c.node, messageId: 'hit', data: { what: 'eval' } }) },
    }),
  });

  it('honours nosec, nosec with ids, noqa codes and sentinel ignores', async () => {
    const src = [
      'eval(a)  # nosec',
      'eval(b)  # nosec B307 -- vetted constant',
      'eval(c)  # nosec B602',
      'eval(d)  # noqa: S307',
      'eval(e)  # noqa',
      'eval(f)  # sentinel: ignore[aliased] -- reviewed in SEC-12',
      'eval(g)',
    ].join('\n');
    const result = await run([aliased], src);
    const kept = result.findings.filter((f) => f.ruleId === 'aliased').map((f) => f.line);
    expect(kept).toEqual([3, 5, 7]);
    expect(result.suppressed.map((s) => s.finding.line)).toEqual([1, 2, 4, 6]);
  });

  it('reports a suppression that gives no reason, low severity', async () => {
    const result = await run([aliased], 'eval(a)  # nosec\neval(b)  # nosec B307 -- constant from settings\n');
    const unexplained = result.findings.filter((f) => f.ruleId === 'suppression-without-reason');
    expect(unexplained.map((f) => [f.line, f.severity])).toEqual([[1, 'low']]);
  });
});

describe('fingerprints', () => {
  it('stay the same when code moves down and differ for repeated identical lines', async () => {
    const a = await run([callNames], 'eval(x)\neval(x)\n');
    const b = await run([callNames], '\n\n# moved\neval(x)\neval(x)\n');
    expect(a.findings.map((f) => f.fingerprint)).toEqual(b.findings.map((f) => f.fingerprint));
    expect(new Set(a.findings.map((f) => f.fingerprint)).size).toBe(2);
  });
});

describe('line count', () => {
  it.each([
    ['', 1],
    ['x = 1', 1],
    ['x = 1\n', 2],
    ['a\r\nb\rc\n\n', 4],
    ['\n\n\n', 4],
  ])('of %j is what splitting at each \\n (with or without \\r) gives', async (source, expected) => {
    expect(source.split(/\r?\n/).length).toBe(expected);
    expect((await run([callNames], source)).lines).toBe(expected);
    // A file with a finding keeps its lines for snippets: the count must not change with them.
    expect((await run([callNames], `eval(x)\n${source}`)).lines).toBe(expected + 1);
  });
});
