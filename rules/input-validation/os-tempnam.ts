// os-tempnam: Python 2's os.tempnam/os.tmpnam, racy temporary names (Bandit B325).
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';

export default defineRule({
  meta: {
    id: 'os-tempnam',
    title: 'Insecure temporary file name from os.tempnam / os.tmpnam',
    category: 'input-validation',
    cwe: ['CWE-377'],
    owasp: { '2021': ['A01:2021'], '2025': ['A01:2025'] },
    severity: 'medium',
    riskScore: 5,
    confidence: 'high',
    threat: 'integrity',
    timeline: '30-days',
    aliases: { bandit: ['B325'] },
    messages: {
      tempnam: '`{{fn}}` returns a predictable name that can be hijacked by a symlink; use `tempfile.mkstemp()`.',
    },
    docs: {
      whatItDoes: 'Flags calls to `os.tempnam()` and `os.tmpnam()` (Python 2; removed in Python 3).',
      whyBad:
        'The name is generated without creating the file, so another local user can create or symlink it first (symlink race, CWE-377).',
      businessImpact: 'Local attackers overwrite or read files with the privileges of the program.',
      attackScenario:
        'A cron job running as root writes to `os.tmpnam()`; a local user floods /tmp with symlinks to /etc/passwd and wins the race.',
      example: 'path = os.tempnam("/tmp", "job")',
      useInstead: 'fd, path = tempfile.mkstemp(prefix="job")',
      testing: 'Port the code to Python 3 with tempfile.mkstemp and assert the file is created with mode 0600.',
      references: ['https://docs.python.org/2.7/library/os.html#os.tempnam', 'https://bugs.python.org/issue17880'],
    },
  },
  hints: ['tempnam', 'tmpnam'],
  create(ctx) {
    const check = (call: CallInfo) =>
      ctx.report({ node: call.node, messageId: 'tempnam', data: { fn: call.name ?? 'os.tempnam' } });
    return { calls: { 'os.tempnam': check, 'os.tmpnam': check } };
  },
});
