// pandas-read-sql-formatted: pandas.read_sql / read_sql_query with SQL formatted from run-time values.
import { isLiteralComposed } from '../../src/analysis/python/literal-text.js';
import { safeCallFor } from '../../src/analysis/python/safe-calls.js';
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { isFormattedString, templateOf } from '../../src/analysis/python/string-template.js';
import { holeInsideQuotes, usesBindPlaceholders } from '../../src/analysis/python/sql-text.js';

const READ_SQL = ['pandas.read_sql', 'pandas.read_sql_query', 'pandas.io.sql.read_sql', 'pandas.io.sql.read_sql_query'];

export default defineRule({
  meta: {
    id: 'pandas-read-sql-formatted',
    title: 'pandas.read_sql with SQL built by string formatting',
    category: 'sql-injection',
    cwe: ['CWE-89'],
    owasp: { '2021': ['A03:2021'], '2025': ['A05:2025'] },
    severity: 'medium',
    riskScore: 6,
    confidence: 'medium',
    threat: 'confidentiality',
    timeline: 'immediate',
    technology: ['pandas'],
    aliases: { bandit: ['B608'], ruff: ['S608'] },
    messages: {
      formatted: '`{{fn}}` runs SQL formatted from run-time values; pass them with `params=` instead.',
    },
    docs: {
      whatItDoes:
        'Flags `pandas.read_sql`/`read_sql_query` whose SQL is an f-string, `%`/`.format()` result or concatenation with computed values.',
      whyBad:
        'pandas hands the text to the database driver as is; formatted values are parsed as SQL. Notebooks and dashboards turned into services often keep this pattern.',
      businessImpact: 'SQL injection in analytics back-ends that usually hold broad read access to business data.',
      attackScenario:
        "A dashboard runs `pd.read_sql(f\"SELECT * FROM sales WHERE region = '{region}'\", conn)` with `region` from the URL; `x' UNION SELECT * FROM users --` dumps the users table.",
      example: 'pd.read_sql(f"SELECT * FROM sales WHERE region = \'{region}\'", conn)',
      useInstead: 'pd.read_sql("SELECT * FROM sales WHERE region = %(region)s", conn, params={"region": region})',
      testing: 'Call the function with a quote and a UNION payload in the value and assert the frame is unchanged.',
      references: [
        'https://pandas.pydata.org/docs/reference/api/pandas.read_sql.html',
        'https://cwe.mitre.org/data/definitions/89.html',
      ],
    },
  },
  hints: ['read_sql'],
  create(ctx) {
    // Local constants and numbers (`int(x)`) formatted in carry no SQL syntax.
    const inert = safeCallFor(['sql'], (node) => ctx.qualifiedName(node));
    const check = (call: CallInfo) => {
      const sql = call.argOrKwarg(0, 'sql');
      if (!sql || !isFormattedString(ctx, sql) || isLiteralComposed(sql, { safeCall: inert })) return;
      const template = templateOf(ctx, sql) ?? '';
      if (!holeInsideQuotes(template) && usesBindPlaceholders(template)) return; // only identifiers formatted in
      ctx.report({ node: call.node, messageId: 'formatted', data: { fn: call.name ?? 'read_sql' } });
    };
    return { calls: Object.fromEntries(READ_SQL.map((fn) => [fn, check])) };
  },
});
