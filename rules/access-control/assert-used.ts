// assert-used: `assert` in production code, where `python -O` removes it (Bandit B101, Ruff S101); test files
// are skipped, and asserts that guard access (user, role, permission, token) are singled out.
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule, type Fix } from '../../src/analysis/rule.js';

/** Words that make an assertion a security decision rather than a developer's invariant. */
const ACCESS_CHECK =
  /\b(is_authenticated|is_anonymous|is_staff|is_superuser|is_admin|admin|has_perms?|has_permission|has_role|permissions?|authori[sz]ed|roles?|owner|owns|current_user|request\.user|user\.(id|pk)|logged_in|authenticated|auth(enticate|orize)?|csrf|signature|verif(y|ied)\w*|(check|valid|validate|verify)_?\w*token|token_?(valid|ok|verified)|allowed|can_[a-z_]+|is_member|tenant)\b/i;

export default defineRule({
  meta: {
    id: 'assert-used',
    title: 'assert used outside tests',
    category: 'access-control',
    cwe: ['CWE-703', 'CWE-617'],
    owasp: { '2021': ['A01:2021', 'A04:2021'], '2025': ['A01:2025', 'A10:2025'] },
    severity: 'low',
    riskScore: 2,
    confidence: 'low',
    threat: 'integrity',
    timeline: '30-days',
    aliases: { bandit: ['B101'], ruff: ['S101'] },
    fixable: true,
    messages: {
      accessCheck:
        'This assert is an access check, and `python -O` removes it; raise an exception (e.g. PermissionDenied) instead.',
      plain: '`assert` is removed when Python runs with -O; do not rely on it for checks that must hold in production.',
    },
    docs: {
      whatItDoes:
        'Flags `assert` statements outside test files. Asserts that test users, roles, permissions, ownership or tokens are reported with high confidence and medium severity; other asserts are low/low.',
      whyBad:
        'The compiler drops every `assert` when Python runs with `-O` or `PYTHONOPTIMIZE` (common in container images). An authorization check written as an assert silently disappears.',
      businessImpact:
        'Broken access control in optimised deployments: users reach data and actions of other users or of administrators.',
      attackScenario:
        'A view starts with `assert request.user.is_staff`; the production image sets `PYTHONOPTIMIZE=1`, and any logged-in user can call the staff-only endpoint.',
      example:
        'def delete_user(request, uid):\n    assert request.user.is_staff, "staff only"\n    User.objects.filter(pk=uid).delete()',
      useInstead:
        'def delete_user(request, uid):\n    if not request.user.is_staff:\n        raise PermissionDenied("staff only")\n    User.objects.filter(pk=uid).delete()',
      testing:
        'Run the test suite with `python -O -m pytest` and call the endpoint as an unprivileged user; it must be refused.',
      knownProblems:
        'Files under tests/, test_*.py, *_test.py and conftest.py are skipped (Bandit reports them). The access-check test is a word list on the asserted expression.',
      references: [
        'https://docs.python.org/3/reference/simple_stmts.html#the-assert-statement',
        'https://cwe.mitre.org/data/definitions/617.html',
        'https://bandit.readthedocs.io/en/latest/plugins/b101_assert_used.html',
      ],
    },
  },
  hints: ['assert'],
  create(ctx) {
    if (ctx.file.isTest) return {};
    return {
      nodes: {
        assert_statement(node) {
          const condition = node.namedChildren[0];
          if (!condition || !ACCESS_CHECK.test(condition.text)) {
            ctx.report({ node, messageId: 'plain' });
            return;
          }
          const fix = raiseFix(node, condition, ctx.source);
          ctx.report({
            node,
            messageId: 'accessCheck',
            severity: 'medium',
            confidence: 'high',
            ...(fix ? { fix } : {}),
          });
        },
      },
    };
  },
});

const SIMPLE = new Set(['identifier', 'attribute', 'call', 'subscript', 'parenthesized_expression']);

/** `assert cond, msg` → `if not cond:\n    raise AssertionError(msg)` when the assert has a line to itself. */
function raiseFix(node: Node, condition: Node, source: string): Fix | undefined {
  const lineStart = source.lastIndexOf('\n', node.startIndex - 1) + 1;
  const indent = source.slice(lineStart, node.startIndex);
  const lineEnd = source.indexOf('\n', node.endIndex);
  const rest = source.slice(node.endIndex, lineEnd < 0 ? source.length : lineEnd);
  if (!/^[ \t]*$/.test(indent) || !/^\s*(#.*)?$/.test(rest)) return undefined;
  const message = node.namedChildren[1]?.text ?? '';
  const test = SIMPLE.has(condition.type) ? condition.text : `(${condition.text})`;
  const unit = indent.includes('\t') ? '\t' : '    ';
  return {
    description: 'Replace the assert with an explicit check that survives python -O.',
    edits: [
      {
        start: node.startIndex,
        end: node.endIndex,
        text: `if not ${test}:\n${indent}${unit}raise AssertionError(${message})`,
      },
    ],
  };
}
