// tainted-sql: untrusted input that reaches SQL text (DB-API execute, SQLAlchemy text, Django raw/extra/RawSQL).
import { defineTaintRule } from '../../src/analysis/taint/define-taint-rule.js';

export default defineTaintRule({
  id: 'tainted-sql',
  title: 'Untrusted input in an SQL query',
  category: 'sql-injection',
  cwe: ['CWE-89'],
  owasp: { '2021': ['A03:2021'], '2025': ['A05:2025'] },
  severity: 'critical',
  riskScore: 9,
  confidence: 'high',
  threat: 'confidentiality',
  timeline: 'immediate',
  technology: ['sqlite3', 'psycopg', 'mysql', 'sqlalchemy', 'django'],
  aliases: { bandit: ['B608'], ruff: ['S608'] },
  taint: { sinks: ['sql'], messageId: 'tainted' },
  messages: {
    tainted:
      'Untrusted input from `{{source}}` (line {{sourceLine}}) reaches the SQL text of `{{sink}}`; pass it as a query parameter.',
  },
  docs: {
    whatItDoes:
      'Follows request data (and other untrusted input) through assignments, string building and function calls to the SQL text of a query.',
    whyBad:
      'Input concatenated into SQL is parsed as SQL: a quote ends the literal and the rest of the input becomes part of the statement.',
    businessImpact:
      'Reading, changing or deleting any row the database account can reach: customer data leaks, fraud, loss of integrity.',
    attackScenario:
      'The attacker sends `id=1 OR 1=1 --` (or `UNION SELECT password FROM users`) and the query returns every row.',
    example: 'cursor.execute("SELECT * FROM users WHERE name = \'%s\'" % request.args["name"])',
    useInstead: 'cursor.execute("SELECT * FROM users WHERE name = %s", (request.args["name"],))',
    testing:
      'Send a value containing a single quote and `OR 1=1`; assert the query returns only the intended row and the quote is stored literally.',
    knownProblems:
      'Values checked by a custom validation function are still reported; identifiers (table or column names) cannot be parameterised and need an allow-list.',
    references: [
      'https://cwe.mitre.org/data/definitions/89.html',
      'https://cheatsheetseries.owasp.org/cheatsheets/SQL_Injection_Prevention_Cheat_Sheet.html',
      'https://peps.python.org/pep-0249/#id15',
    ],
  },
});
