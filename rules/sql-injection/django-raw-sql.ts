// django-raw-sql: RawSQL() expressions and Manager.raw() with SQL that is not a literal (Bandit B611, Ruff S611).
import { isLiteralComposed } from '../../src/analysis/python/literal-text.js';
import { safeCallFor } from '../../src/analysis/python/safe-calls.js';
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { SQL_KIND_SEVERITY, sqlArgumentKind } from '../../src/analysis/python/sql-argument.js';

const RAW_SQL = ['django.db.models.expressions.RawSQL', 'django.db.models.RawSQL'];
/** Message for each kind of SQL argument that is reported. */
const MESSAGE_OF = { constant: 'constant', formatted: 'formatted', computed: 'computed' } as const;
/** `Model.objects.raw(…)`, `self.model._default_manager.raw(…)`, `related_set.raw(…)`. */
const MANAGER = /(^|\.)(objects|_default_manager|_base_manager|\w+_set)$/;

export default defineRule({
  meta: {
    id: 'django-raw-sql',
    title: 'Django RawSQL or Manager.raw() with SQL that is not a literal',
    category: 'sql-injection',
    cwe: ['CWE-89'],
    owasp: { '2021': ['A03:2021'], '2025': ['A05:2025'] },
    severity: 'medium',
    riskScore: 6,
    confidence: 'medium',
    threat: 'confidentiality',
    timeline: '7-days',
    technology: ['django'],
    aliases: { bandit: ['B611'], ruff: ['S611'] },
    messages: {
      formatted: '`{{fn}}` runs SQL formatted from run-time values; pass them in the params list instead.',
      computed: '`{{fn}}` runs SQL held in a variable; make sure no user input is formatted into it.',
      constant: '`{{fn}}` runs SQL built from constants; keep it a literal so reviewers can see the query.',
    },
    docs: {
      whatItDoes:
        'Flags `RawSQL(sql, params)` and `Model.objects.raw(sql)` when the SQL is not a plain string literal.',
      whyBad: 'Django passes this text to the database as is; only values in the params list are escaped.',
      businessImpact: 'Data exposure or tampering across every table the database user can reach.',
      attackScenario:
        "A search runs `User.objects.raw(f\"SELECT * FROM auth_user WHERE username LIKE '%{q}%'\")`; `q` = `' UNION SELECT password …` leaks hashes.",
      example: 'User.objects.raw(f"SELECT * FROM auth_user WHERE username = \'{name}\'")',
      useInstead: 'User.objects.raw("SELECT * FROM auth_user WHERE username = %s", [name])',
      testing: 'Call the code with a quote and a UNION payload and assert the result set is unchanged.',
      knownProblems: 'Managers stored in unusual attribute names are not recognised for `.raw()`.',
      references: [
        'https://docs.djangoproject.com/en/stable/topics/db/sql/',
        'https://docs.djangoproject.com/en/stable/ref/models/expressions/#raw-sql-expressions',
        'https://cwe.mitre.org/data/definitions/89.html',
      ],
    },
  },
  hints: ['RawSQL', 'raw'],
  create(ctx) {
    // Numbers formatted in (`int(x)`) carry no SQL syntax; constants stay reported at low, as Bandit does.
    const numbers = safeCallFor(['sql'], (node) => ctx.qualifiedName(node));
    const check = (name: string, label?: string) => (call: CallInfo) => {
      const sql = call.argOrKwarg(0, name);
      if (!sql) return;
      const kind = sqlArgumentKind(ctx, sql);
      const severity = SQL_KIND_SEVERITY[kind];
      if (kind === 'literal' || !severity) return;
      if (kind === 'formatted' && isLiteralComposed(sql, { safeCall: numbers, followNames: false })) return;
      ctx.report({
        node: call.node,
        messageId: MESSAGE_OF[kind],
        data: { fn: label ?? call.name ?? 'RawSQL' },
        severity,
      });
    };
    const rawSql = check('sql');
    const managerRaw = check('raw_query', 'Manager.raw');
    return {
      calls: {
        ...Object.fromEntries(RAW_SQL.map((fn) => [fn, rawSql])),
        '*.raw': (call) => {
          const receiver = call.receiver;
          if (
            receiver &&
            (receiver.type === 'attribute' || receiver.type === 'identifier') &&
            MANAGER.test(receiver.text)
          )
            managerRaw(call);
        },
      },
    };
  },
});
