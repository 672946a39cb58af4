// django-extra-sql: QuerySet.extra() with select/where/tables that are not plain literals (Bandit B610, Ruff S610).
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule, type RuleContext } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { isPlainStringLiteral, sqlArgumentKind, type SqlArgumentKind } from '../../src/analysis/python/sql-argument.js';

/** QuerySet.extra(select, where, params, tables, order_by, select_params): the parts spliced in as SQL. */
const SQL_PARAMS: [number, string][] = [
  [0, 'select'],
  [1, 'where'],
  [3, 'tables'],
];
const RANK: Record<SqlArgumentKind, number> = { literal: 0, constant: 1, computed: 2, formatted: 3 };

export default defineRule({
  meta: {
    id: 'django-extra-sql',
    title: 'Django QuerySet.extra() with SQL that is not a literal',
    category: 'sql-injection',
    cwe: ['CWE-89'],
    owasp: { '2021': ['A03:2021'], '2025': ['A05:2025'] },
    severity: 'medium',
    riskScore: 6,
    confidence: 'medium',
    threat: 'confidentiality',
    timeline: '7-days',
    technology: ['django'],
    aliases: { bandit: ['B610'], ruff: ['S610'] },
    messages: {
      computed:
        '`extra({{param}}=…)` splices SQL computed at run time into the query; use `params` or ORM expressions.',
      constant:
        '`extra({{param}}=…)` splices SQL held in a variable into the query; keep it a literal or use ORM expressions.',
    },
    docs: {
      whatItDoes:
        'Flags `QuerySet.extra()` when its `select`, `where` or `tables` parts are not plain string literals.',
      whyBad:
        '`extra()` pastes these strings into the SQL unescaped; Django only escapes values passed through `params`/`select_params`.',
      businessImpact: "Reading or modifying any table reachable by the application's database user.",
      attackScenario:
        "A report view runs `Order.objects.extra(where=[f\"status = '{status}'\"])`; the attacker passes `x' OR 1=1 --` and reads every order.",
      example: 'Order.objects.extra(where=[f"status = \'{status}\'"])',
      useInstead: 'Order.objects.filter(status=status)  # or extra(where=["status = %s"], params=[status])',
      testing: 'Call the view with a quote in the parameter and assert the result set does not grow.',
      knownProblems: 'Fragments built from module constants are reported at low severity, as Bandit does.',
      references: [
        'https://docs.djangoproject.com/en/stable/ref/models/querysets/#extra',
        'https://cwe.mitre.org/data/definitions/89.html',
      ],
    },
  },
  hints: ['extra'],
  create(ctx) {
    const check = (call: CallInfo) => {
      let worst: { kind: SqlArgumentKind; param: string } | undefined;
      for (const [index, param] of SQL_PARAMS) {
        const value = call.argOrKwarg(index, param);
        if (!value) continue;
        const kind = param === 'select' ? selectKind(ctx, value) : listKind(ctx, value);
        if (!worst || RANK[kind] > RANK[worst.kind]) worst = { kind, param };
      }
      if (!worst || worst.kind === 'literal') return;
      const computed = worst.kind === 'computed' || worst.kind === 'formatted';
      ctx.report({
        node: call.node,
        messageId: computed ? 'computed' : 'constant',
        data: { param: worst.param },
        severity: worst.kind === 'formatted' ? 'high' : computed ? 'medium' : 'low',
      });
    };
    return { calls: { '*.extra': check } };
  },
});

/** `where=[…]`/`tables=[…]`: every element must be a literal; anything else is judged as a whole. */
function listKind(ctx: RuleContext, node: Node): SqlArgumentKind {
  if (node.type !== 'list' && node.type !== 'tuple') return sqlArgumentKind(ctx, node);
  return worstOf(node.namedChildren.map((item) => (item ? sqlArgumentKind(ctx, item) : 'literal')));
}

/** `select={alias: sql}`: keys and values must be literals. */
function selectKind(ctx: RuleContext, node: Node): SqlArgumentKind {
  if (node.type !== 'dictionary') return sqlArgumentKind(ctx, node);
  const kinds: SqlArgumentKind[] = [];
  for (const pair of node.namedChildren) {
    if (pair?.type !== 'pair') {
      kinds.push('computed');
      continue;
    }
    for (const part of [pair.childForFieldName('key'), pair.childForFieldName('value')]) {
      kinds.push(part && isPlainStringLiteral(part) ? 'literal' : part ? sqlArgumentKind(ctx, part) : 'computed');
    }
  }
  return worstOf(kinds);
}

function worstOf(kinds: SqlArgumentKind[]): SqlArgumentKind {
  return kinds.reduce<SqlArgumentKind>((a, b) => (RANK[b] > RANK[a] ? b : a), 'literal');
}
