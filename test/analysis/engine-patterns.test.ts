// Node subscriptions by query pattern: the query filters, the handler sees each matching node once, node-type
// subscriptions on the same node keep working, and a pattern may not bring its own captures.
import { describe, expect, it } from 'vitest';
import type { Node } from '../../src/analysis/syntax-node.js';
import { createAnalyzer } from '../../src/analysis/scan.js';
import { defineRule, type Rule, type RuleMeta } from '../../src/analysis/rule.js';

function meta(id: string): RuleMeta {
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
  };
}

/** Reports every node `key` hands to it, with the node's text, and counts the calls. */
function recorder(id: string, key: string, seen: string[]): Rule {
  return defineRule({
    meta: meta(id),
    create: (ctx) => ({
      nodes: {
        [key]: (node: Node) => {
          seen.push(node.text);
          ctx.report({ node, messageId: 'hit', data: { what: node.text } });
        },
      },
    }),
  });
}

const SOURCE = ['a = "x" + y', 'b = y + "x"', 'c = "x" + "y"', 'd = 1 + 2', 'e = "s"', 'f = g'].join('\n');

describe('nodes subscribed by query pattern', () => {
  it('hands over only the matching nodes, once each (also where both alternatives match)', async () => {
    const seen: string[] = [];
    const pattern = '[(binary_operator left: (string)) (binary_operator right: (string))]';
    const analyzer = await createAnalyzer([recorder('stringy-operators', pattern, seen)], { rethrowRuleErrors: true });
    const result = analyzer.analyze('app.py', SOURCE);
    expect(seen).toEqual(['"x" + y', 'y + "x"', '"x" + "y"']);
    expect(result.findings.map((f) => f.line)).toEqual([1, 2, 3]);
  });

  it('works beside a node-type subscription on the same nodes', async () => {
    const byPattern: string[] = [];
    const byType: string[] = [];
    const analyzer = await createAnalyzer(
      [
        recorder('string-assignments', '(assignment right: (string))', byPattern),
        recorder('all-assignments', 'assignment', byType),
      ],
      { rethrowRuleErrors: true },
    );
    analyzer.analyze('app.py', SOURCE);
    expect(byPattern).toEqual(['e = "s"']);
    expect(byType).toHaveLength(6);
  });

  it('hands over the nodes of a supertype or a wildcard pattern too (the query finds them, a walk by name would not)', async () => {
    const bySupertype: string[] = [];
    const byWildcard: string[] = [];
    const analyzer = await createAnalyzer(
      [
        recorder('expressions', 'primary_expression', bySupertype),
        recorder('any-with-string', '(_ right: (string))', byWildcard),
      ],
      { rethrowRuleErrors: true },
    );
    analyzer.analyze('app.py', 'a = f(x)\nb = y + "s"\n');
    expect(bySupertype).toEqual(expect.arrayContaining(['f(x)', 'x', 'y', '"s"']));
    expect(byWildcard).toEqual(['y + "s"']);
  });

  it('rejects a pattern with its own capture', async () => {
    const analyzer = await createAnalyzer([recorder('captures', '(assignment right: (string) @value)', [])]);
    expect(() => analyzer.analyze('app.py', SOURCE)).toThrow(/must not capture/);
  });
});
