// Static evaluation is bounded: a 150-byte file must not make the analyzer build a 2 GB string or an exponential
// str() of nested containers. Results over the size cap are unknown, like any run-time value.
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/analysis/scan.js';
import { defineRule, type RuleMeta } from '../../src/analysis/rule.js';
import { MAX_STATIC_SIZE } from '../../src/analysis/python/literals.js';
import { percentSpecs } from '../../src/analysis/python/percent-format.js';
import { RULES } from '../../rules/index.js';
import type { Node } from '../../src/analysis/syntax-node.js';

const meta: RuleMeta = {
  id: 'static-values',
  title: 'x',
  category: 'input-validation',
  cwe: ['CWE-20'],
  owasp: { '2021': ['A03:2021'], '2025': ['A05:2025'] },
  severity: 'medium',
  riskScore: 5,
  confidence: 'high',
  threat: 'integrity',
  timeline: '7-days',
  aliases: {},
  messages: { hit: '{{what}}' },
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
};

/** Reports the length of each static string right-hand side, or `unknown`. */
const staticLengths = defineRule({
  meta,
  create: (ctx) => ({
    nodes: {
      assignment: (node: Node) => {
        const v = ctx.staticValue(node.childForFieldName('right'));
        ctx.report({
          node,
          messageId: 'hit',
          data: { what: typeof v === 'string' ? `str ${v.length}` : v === undefined ? 'unknown' : typeof v },
        });
      },
    },
  }),
});

async function values(source: string): Promise<string[]> {
  const analyzer = await createAnalyzer([staticLengths]);
  return analyzer.analyze('app.py', source).findings.map((f) => f.message);
}

describe('static evaluation caps', () => {
  it('keeps values under the cap and makes bigger ones unknown, without building them', async () => {
    const started = performance.now();
    const out = await values(
      [
        'a = "ab" * 10', // small: known
        `b = "A" * ${MAX_STATIC_SIZE}`, // at the cap: known
        `c = "A" * ${MAX_STATIC_SIZE + 1}`, // over: unknown
        'd = "A" * 300000000', // 300 MB: unknown, not allocated
        'e = "x" * 600000000', // over V8's longest string: unknown, not a RangeError
        `f = "${'z'.repeat(60_000)}" + "${'z'.repeat(60_000)}"`, // a sum over the cap
        'g = "%s%s" % ("' + 'q'.repeat(60_000) + '", "' + 'q'.repeat(60_000) + '")',
      ].join('\n'),
    );
    expect(out).toEqual(['str 20', `str ${MAX_STATIC_SIZE}`, 'unknown', 'unknown', 'unknown', 'unknown', 'unknown']);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('bounds str() of nested containers and repeated format fields (growth without a big literal)', async () => {
    const started = performance.now();
    const out = await values(
      [
        `A = "${'x'.repeat(1000)}"`,
        'B = [A, A, A, A, A, A, A, A, A, A]',
        'C = [B, B, B, B, B, B, B, B, B, B]',
        'D = [C, C, C, C, C, C, C, C, C, C]',
        'E = [D, D, D, D, D, D, D, D, D, D]',
        's = str(E)', // 10 GB of text if built
        `t = "${'%(a)s'.repeat(20_000)}" % {"a": A}`, // 20 MB if built
        `u = "${'{0}'.repeat(20_000)}".format(A)`,
        'v = str(B)', // small enough: known
      ].join('\n'),
    );
    expect(out.slice(5)).toEqual(['unknown', 'unknown', 'unknown', `str ${10 * 1002 + 2 * 9 + 2}`]);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('a huge repetition in a call does not make rules error, and real findings in the file are still reported', async () => {
    const analyzer = await createAnalyzer(RULES);
    const source = [
      'import subprocess',
      'def f(cmd):',
      '    subprocess.run("x" * 600000000, shell=True)',
      '    subprocess.run("x" * 300000000, shell=True)',
      '    subprocess.run(cmd, shell=True)',
      '',
    ].join('\n');
    const result = analyzer.analyze('app.py', source);
    expect(result.errors).toEqual([]);
    expect(result.findings.filter((f) => f.ruleId === 'subprocess-shell-true').map((f) => f.line)).toEqual([3, 4, 5]);
  });
});

describe('percent-format conversions', () => {
  it('reads conversions as Python does', () => {
    const specs = (t: string) => percentSpecs(t).map((s) => t.slice(s.start, s.end));
    expect(specs('%s and %(name)-08.3f, 100%% %d')).toEqual(['%s', '%(name)-08.3f', '%%', '%d']);
    expect(specs('%(unclosed s %s')).toEqual(['%s']);
    expect(specs('%z %5.d %.2f')).toEqual(['%.2f']);
  });

  it('is linear on hostile templates ("%000…0", "%(%(%(…")', () => {
    const started = performance.now();
    expect(percentSpecs(`%${'0'.repeat(200_000)}`)).toEqual([]);
    expect(percentSpecs('%('.repeat(100_000))).toEqual([]);
    expect(percentSpecs('%-'.repeat(100_000)).length).toBe(50_000); // `%-%` is a conversion (of `%`)
    expect(performance.now() - started).toBeLessThan(500);
  });
});
