// sqlalchemy-text-formatted: sqlalchemy.text() over a string formatted from run-time values.
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { isFormattedString } from '../../src/analysis/python/string-template.js';
import { holeInsideQuotes, usesBindPlaceholders } from '../../src/analysis/python/sql-text.js';
import { isLiteralComposed } from '../../src/analysis/python/literal-text.js';
import { safeCallFor } from '../../src/analysis/python/safe-calls.js';
import { templateOf } from '../../src/analysis/python/string-template.js';

const TEXT_FNS = ['sqlalchemy.text', 'sqlalchemy.sql.text', 'sqlalchemy.sql.expression.text', 'sqlmodel.text'];

export default defineRule({
  meta: {
    id: 'sqlalchemy-text-formatted',
    title: 'SQLAlchemy text() built by string formatting',
    category: 'sql-injection',
    cwe: ['CWE-89'],
    owasp: { '2021': ['A03:2021'], '2025': ['A05:2025'] },
    severity: 'medium',
    riskScore: 6,
    confidence: 'medium',
    threat: 'confidentiality',
    timeline: 'immediate',
    technology: ['sqlalchemy'],
    aliases: { bandit: ['B608'], ruff: ['S608'] },
    messages: {
      formatted: '`text()` wraps SQL formatted from run-time values; use `:name` bind parameters instead.',
    },
    docs: {
      whatItDoes:
        'Flags `sqlalchemy.text()` whose SQL is an f-string, `%`/`.format()` result or concatenation with computed values.',
      whyBad:
        '`text()` marks the string as trusted SQL; values formatted into it are parsed as SQL instead of being bound.',
      businessImpact: "SQL injection: data theft or tampering in every table the engine's user can reach.",
      attackScenario:
        "An API runs `session.execute(text(f\"SELECT * FROM items WHERE owner = '{owner}'\"))`; `owner` = `x' OR '1'='1` returns every user's items.",
      example: 'session.execute(text(f"SELECT * FROM items WHERE owner = \'{owner}\'"))',
      useInstead: 'session.execute(text("SELECT * FROM items WHERE owner = :owner"), {"owner": owner})',
      testing: 'Call the endpoint with a quote in the value and assert the query result does not change.',
      knownProblems:
        'A query that binds its values (`:name`) and formats in only identifiers is not reported; validate such identifiers against an allow-list.',
      references: [
        'https://docs.sqlalchemy.org/en/20/core/sqlelement.html#sqlalchemy.sql.expression.text',
        'https://cwe.mitre.org/data/definitions/89.html',
      ],
    },
  },
  hints: ['sqlalchemy', 'sqlmodel'],
  create(ctx) {
    // Local constants and numbers (`int(x)`) formatted in carry no SQL syntax.
    const inert = safeCallFor(['sql'], (node) => ctx.qualifiedName(node));
    const check = (call: CallInfo) => {
      const sql = call.argOrKwarg(0, 'text');
      if (!sql || !isFormattedString(ctx, sql) || isLiteralComposed(sql, { safeCall: inert })) return;
      const template = templateOf(ctx, sql) ?? '';
      const spliced = holeInsideQuotes(template);
      if (!spliced && usesBindPlaceholders(template)) return; // values are bound; only identifiers are formatted in
      ctx.report({ node: call.node, messageId: 'formatted', confidence: spliced ? 'high' : 'medium' });
    };
    return { calls: Object.fromEntries(TEXT_FNS.map((fn) => [fn, check])) };
  },
});
