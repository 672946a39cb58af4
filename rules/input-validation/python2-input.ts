// python2-input: input() in Python 2 code evaluates what the user types (Bandit B322).
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';

/** Evidence that a file is Python 2: print statements, raw_input, `except X, e`, a python2 shebang. */
const PY2_EVIDENCE = /^\s*print\s+["'\w%(]|\braw_input\s*\(|^\s*except\s+[\w.]+\s*,\s*\w+\s*:|^#!.*python2/m;

export default defineRule({
  meta: {
    id: 'python2-input',
    title: 'input() in Python 2 code (evaluates user input)',
    category: 'input-validation',
    cwe: ['CWE-95'],
    owasp: { '2021': ['A03:2021'], '2025': ['A05:2025'] },
    severity: 'low',
    riskScore: 3,
    confidence: 'medium',
    threat: 'integrity',
    timeline: '30-days',
    aliases: { bandit: ['B322'] },
    messages: {
      py2Input: '`input()` in Python 2 is `eval(raw_input())`: what the user types runs as code; use `raw_input()`.',
    },
    docs: {
      whatItDoes: 'Flags calls to the builtin `input()` in files that show Python 2 syntax (print statements, `raw_input`, `except X, e:`, a python2 shebang). Python 3 files are never reported: there `input()` is safe.',
      whyBad: 'Python 2\'s `input()` evaluates the typed text as a Python expression, so `__import__("os").system("id")` runs.',
      businessImpact: 'Whoever controls standard input (a pipe, a wrapper script, a CI step) runs code with the program\'s privileges.',
      attackScenario: 'A setuid-wrapped Python 2 admin tool asks for a user name with `input()`; a local user types an expression that spawns a root shell.',
      example: 'name = input("user: ")  # Python 2',
      useInstead: 'name = raw_input("user: ")  # or port to Python 3',
      testing: 'Type `__import__("os").getpid()` at the prompt and assert it is treated as a plain string.',
      knownProblems: 'Files without any Python 2 marker are assumed to be Python 3 and not reported.',
      references: ['https://docs.python.org/2.7/library/functions.html#input', 'https://cwe.mitre.org/data/definitions/95.html'],
    },
  },
  create(ctx) {
    if (!PY2_EVIDENCE.test(ctx.source)) return {};
    return { calls: { input: (call: CallInfo) => ctx.report({ node: call.node, messageId: 'py2Input' }) } };
  },
});
