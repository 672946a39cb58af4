// sql-string-formatting: SQL text built with f-strings, %, .format() or + (Bandit B608, Ruff S608).
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule, type RuleContext } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { HOLE, templateOf } from '../../src/analysis/python/string-template.js';
import { holeInsideQuotes, looksLikeSql, usesBindPlaceholders } from '../../src/analysis/python/sql-text.js';
import { isLiteralComposed } from '../../src/analysis/python/literal-text.js';
import { safeCallFor } from '../../src/analysis/python/safe-calls.js';

/** Methods that run their first argument as SQL (DB-API cursors, SQLAlchemy connections, sqlite3). */
const EXECUTE_METHODS = new Set(['execute', 'executemany', 'executescript', 'exec_driver_sql', 'mogrify']);
/** Calls whose own rules report formatted SQL (django-extra-sql, django-raw-sql, sqlalchemy/pandas rules). */
const OTHER_SINKS = new Set(['raw', 'extra', 'RawSQL', 'text', 'read_sql', 'read_sql_query']);
/** Calls that take a human-readable message, where SQL-looking words are prose, not a query. */
const MESSAGE_METHODS = new Set([
  'print',
  'debug',
  'info',
  'warning',
  'warn',
  'error',
  'exception',
  'critical',
  'log',
  'write',
  'append',
  'fail',
  'assertEqual',
  'gettext',
  '_',
  'echo',
  'secho',
  'ValueError',
  'TypeError',
  'RuntimeError',
  'Exception',
]);
const WRAPPERS = new Set(['binary_operator', 'concatenated_string', 'parenthesized_expression']);
const STRINGY = new Set(['string', 'concatenated_string']);

export default defineRule({
  meta: {
    id: 'sql-string-formatting',
    title: 'SQL query built by string formatting',
    category: 'sql-injection',
    cwe: ['CWE-89'],
    owasp: { '2021': ['A03:2021'], '2025': ['A05:2025'] },
    severity: 'medium',
    riskScore: 6,
    confidence: 'low',
    threat: 'confidentiality',
    timeline: '7-days',
    aliases: { bandit: ['B608'], ruff: ['S608'] },
    messages: {
      executed: '`{{fn}}` runs SQL built from run-time values; pass them as parameters instead of formatting them in.',
      built: 'SQL text is built from run-time values; pass them as query parameters instead of formatting them in.',
    },
    docs: {
      whatItDoes:
        'Flags SQL statements built with f-strings, `%`, `.format()` or `+` from values that are not constants, and any formatted string passed to `execute`/`executemany`/`executescript`. Unlike Bandit, SQL built only from constants and queries that bind their values through placeholders (interpolating only table names) are not reported.',
      whyBad:
        'Values formatted into the SQL text are parsed as SQL, so a quote in the input ends the literal and the rest runs as part of the query.',
      businessImpact:
        'Reading or changing any row in the database (customer data, password hashes), bypassing logins, and sometimes running commands on the database server.',
      attackScenario:
        "A login runs `cur.execute(f\"SELECT * FROM users WHERE name = '{name}'\")`; the attacker submits `admin' --` and logs in without a password.",
      example: 'cur.execute(f"SELECT * FROM users WHERE name = \'{name}\'")',
      useInstead: 'cur.execute("SELECT * FROM users WHERE name = %s", (name,))',
      testing:
        "Call the code path with `x' OR '1'='1` and assert the query returns no extra rows; add a test with a name containing a quote.",
      knownProblems:
        'Interpolated table or column names cannot be bound as parameters; validate them against an allow-list and suppress with a reason. Queries assembled across several statements are only seen where a piece is formatted.',
      references: [
        'https://peps.python.org/pep-0249/#paramstyle',
        'https://cwe.mitre.org/data/definitions/89.html',
        'https://cheatsheetseries.owasp.org/cheatsheets/Query_Parameterization_Cheat_Sheet.html',
      ],
    },
  },
  create(ctx) {
    const seen = new Set<number>();
    const tops = new Map<number, Node>();
    const asked = new Set<number>(); // an f-string with n fields is asked about n times
    const consider = (node: Node) => {
      if (asked.has(node.id)) return;
      asked.add(node.id);
      const top = outermost(node, tops);
      if (seen.has(top.id)) return;
      seen.add(top.id);
      check(ctx, top);
    };
    return {
      nodes: {
        interpolation: (node) => {
          if (node.parent?.type === 'string') consider(node.parent);
        },
        // Every binary operator, gated here, not by the query pattern `(binary_operator right: (string))`: a query
        // keeps each such match open until its right operand, and in a chain `"a" + "a" + …` every level is open
        // at once (quadratic: 1.6 s for 2,000 terms).
        binary_operator: (node: Node) => {
          // Cheap gate first (most binary operators are arithmetic): one operand must be a string literal.
          const left = node.childForFieldName('left')?.type;
          if (!STRINGY.has(left ?? '') && !STRINGY.has(node.childForFieldName('right')?.type ?? '')) return;
          const op = node.childForFieldName('operator')?.type;
          if (op === '%' ? STRINGY.has(left ?? '') : op === '+') consider(node);
        },
      },
      calls: {
        '*.format': (call: CallInfo) => consider(call.node),
        // `"… id = '[VALUE]'".replace("[VALUE]", name)`: a placeholder swapped for a value is formatting too.
        '*.replace': (call: CallInfo) => {
          const template = replacedTemplate(ctx, call);
          if (template !== undefined) report(ctx, call.node, template);
        },
      },
    };
  },
});

/**
 * Climbs through `+`, `%`, parentheses and implicit concatenation to the whole string expression. Memoised per
 * file (`tops`): in a chain of n `+`, every operand is handled, and n climbs of n levels each were quadratic.
 */
function outermost(node: Node, tops: Map<number, Node>): Node {
  const climbed: number[] = [];
  let top = node;
  for (let parent = top.parent; parent && WRAPPERS.has(parent.type); parent = parent.parent) {
    const known = tops.get(parent.id);
    climbed.push(top.id);
    if (known) {
      top = known;
      break;
    }
    top = parent;
  }
  for (const id of climbed) tops.set(id, top);
  return top;
}

function check(ctx: RuleContext, expr: Node): void {
  const template = templateOf(ctx, expr);
  if (template === undefined || !template.includes(HOLE)) return;
  // The cheap tests first: most formatted strings are not SQL, and the literal-composition walk below is costly.
  if (!mayReport(ctx, expr, template)) return;
  if (ctx.staticString(expr) !== undefined) return;
  // Only local constants and numbers (`int(x)`, `len(rows)`) formatted in: no value can carry SQL syntax.
  if (isLiteralComposed(expr, { safeCall: safeCallFor(['sql'], (node) => ctx.qualifiedName(node)) })) return;
  report(ctx, expr, template);
}

/** What `report` requires of the text and its call, without reporting. */
function mayReport(ctx: RuleContext, expr: Node, template: string): boolean {
  const method = enclosingCall(ctx, expr)?.method ?? '';
  if (OTHER_SINKS.has(method) || MESSAGE_METHODS.has(method)) return false;
  return EXECUTE_METHODS.has(method) || looksLikeSql(template);
}

/** The text of `"literal".replace("placeholder", value)` with the value as a hole, when the value is computed. */
function replacedTemplate(ctx: RuleContext, call: CallInfo): string | undefined {
  const receiver = call.receiver;
  if (!receiver || !STRINGY.has(receiver.type)) return undefined;
  const text = ctx.staticString(receiver);
  const placeholder = ctx.staticString(call.arg(0));
  const value = call.arg(1);
  if (text === undefined || !placeholder || !value || ctx.staticString(value) !== undefined) return undefined;
  return text.includes(placeholder) ? text.split(placeholder).join(HOLE) : undefined;
}

/** Reports `expr`, whose text with holes for computed parts is `template`, when it reads as SQL. */
function report(ctx: RuleContext, expr: Node, template: string): void {
  const call = enclosingCall(ctx, expr);
  const method = call?.method ?? '';
  if (OTHER_SINKS.has(method) || MESSAGE_METHODS.has(method)) return;
  const executed = EXECUTE_METHODS.has(method);
  if (!executed && !looksLikeSql(template)) return;
  const spliced = holeInsideQuotes(template);
  if (!spliced && usesBindPlaceholders(template)) return; // Bandit #1302: only identifiers are interpolated
  ctx.report({
    node: expr,
    messageId: executed ? 'executed' : 'built',
    data: { fn: call?.name ?? method },
    severity: executed ? 'high' : 'medium',
    confidence: spliced ? 'high' : executed ? 'medium' : 'low',
  });
}

const SQL_KEYWORDS = new Set(['sql', 'query', 'statement', 'operation', 'sql_script']);

/**
 * The call that receives `expr` as its SQL: the first positional argument or a `sql=`/`query=` keyword.
 * Other positions (`self.execute(func, args, "removing %s" % f)` in distutils) are not SQL.
 */
function enclosingCall(ctx: RuleContext, expr: Node): CallInfo | undefined {
  let list = expr.parent;
  if (list?.type === 'keyword_argument') {
    if (!SQL_KEYWORDS.has(list.childForFieldName('name')?.text ?? '')) return undefined;
    list = list.parent;
  } else if (list?.type === 'argument_list' && list.namedChildren.find((c) => c?.type !== 'comment')?.id !== expr.id) {
    return undefined;
  }
  if (list?.type !== 'argument_list' || list.parent?.type !== 'call') return undefined;
  return ctx.call(list.parent);
}
