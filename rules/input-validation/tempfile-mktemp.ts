// tempfile-mktemp: tempfile.mktemp returns a name another process can claim first (Bandit B306, Ruff S306).
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule, type Fix, type RuleContext } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';

export default defineRule({
  meta: {
    id: 'tempfile-mktemp',
    title: 'Insecure temporary file name from tempfile.mktemp',
    category: 'input-validation',
    cwe: ['CWE-377'],
    owasp: { '2021': ['A01:2021'], '2025': ['A01:2025'] },
    severity: 'medium',
    riskScore: 5,
    confidence: 'high',
    threat: 'integrity',
    timeline: '30-days',
    aliases: { bandit: ['B306'], ruff: ['S306'] },
    fixable: true,
    messages: {
      mktemp:
        '`{{fn}}` only returns a name: another process can create it (or a symlink) before you open it; use `tempfile.mkstemp()`.',
    },
    docs: {
      whatItDoes: 'Flags calls to `tempfile.mktemp()`, deprecated since Python 2.3.',
      whyBad:
        'Between the name being chosen and the file being opened, an attacker on the same host can create the file or a symlink with that name (TOCTOU), so the program writes where the attacker wants or reads attacker data.',
      businessImpact:
        'Local privilege escalation, overwritten system files or leaked temporary data on shared hosts and CI runners.',
      attackScenario:
        'A service running as root writes a report to `tempfile.mktemp()`; a local user pre-creates symlinks for the predictable names in /tmp pointing at /etc/shadow, which the service then truncates.',
      example: 'path = tempfile.mktemp(suffix=".csv")\nwith open(path, "w") as f:\n    f.write(data)',
      useInstead: 'fd, path = tempfile.mkstemp(suffix=".csv")\nwith os.fdopen(fd, "w") as f:\n    f.write(data)',
      testing:
        'Assert the temp file is created with O_EXCL (mkstemp) and mode 0600; run the code path with a pre-created symlink at the target and check it fails.',
      knownProblems:
        'The autofix is offered for `name = tempfile.mktemp(...)` when the file imports `os`: it creates the file with mkstemp and closes the descriptor, keeping the name-based code after it working.',
      references: [
        'https://docs.python.org/3/library/tempfile.html#tempfile.mktemp',
        'https://cwe.mitre.org/data/definitions/377.html',
      ],
    },
  },
  hints: ['mktemp'],
  create(ctx) {
    const check = (call: CallInfo) => {
      const fix = mkstempFix(ctx, call);
      ctx.report({
        node: call.node,
        messageId: 'mktemp',
        data: { fn: call.name ?? 'mktemp' },
        ...(fix ? { fix } : {}),
      });
    };
    return { calls: { 'tempfile.mktemp': check } };
  },
});

/** `path = tempfile.mktemp(a)` → `_tmp_fd, path = tempfile.mkstemp(a)` + `os.close(_tmp_fd)` on the next line. */
function mkstempFix(ctx: RuleContext, call: CallInfo): Fix | undefined {
  const assignment = call.node.parent;
  const statement = assignment?.parent;
  if (assignment?.type !== 'assignment' || statement?.type !== 'expression_statement') return undefined;
  const target = assignment.childForFieldName('left');
  if (target?.type !== 'identifier' || assignment.childForFieldName('right')?.id !== call.node.id) return undefined;
  if (call.callee.type !== 'attribute' || !/^import os\s*$/m.test(ctx.source)) return undefined;
  const attribute = call.callee.childForFieldName('attribute') as Node;
  const indent = ' '.repeat(statement.startPosition.column);
  return {
    description: 'Create the file atomically with tempfile.mkstemp() and close the descriptor.',
    edits: [
      { start: target.startIndex, end: target.startIndex, text: '_tmp_fd, ' },
      { start: attribute.startIndex, end: attribute.endIndex, text: 'mkstemp' },
      { start: statement.endIndex, end: statement.endIndex, text: `\n${indent}os.close(_tmp_fd)` },
    ],
  };
}
