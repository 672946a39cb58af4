// python2-input: input() in Python 2 code evaluates what the user types (Bandit B322).
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';

const PY2_SHEBANG = /^#!.*python2/;

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
      whatItDoes:
        'Flags calls to the builtin `input()` in files that show Python 2 syntax in the parse tree (print or exec statements, `raw_input` calls) or a python2 shebang. Python 3 files are never reported: there `input()` is safe.',
      whyBad:
        'Python 2\'s `input()` evaluates the typed text as a Python expression, so `__import__("os").system("id")` runs.',
      businessImpact:
        "Whoever controls standard input (a pipe, a wrapper script, a CI step) runs code with the program's privileges.",
      attackScenario:
        'A setuid-wrapped Python 2 admin tool asks for a user name with `input()`; a local user types an expression that spawns a root shell.',
      example: 'name = input("user: ")  # Python 2',
      useInstead: 'name = raw_input("user: ")  # or port to Python 3',
      testing: 'Type `__import__("os").getpid()` at the prompt and assert it is treated as a plain string.',
      knownProblems: 'Files without any Python 2 marker are assumed to be Python 3 and not reported.',
      references: [
        'https://docs.python.org/2.7/library/functions.html#input',
        'https://cwe.mitre.org/data/definitions/95.html',
      ],
    },
  },
  hints: ['input('],
  requires: [['input(']],
  create(ctx) {
    if (!ctx.source.includes('input(')) return {};
    // Evidence comes from the parse tree (a print/exec statement, a raw_input call) or a python2 shebang;
    // calls are collected and reported at the end, since the evidence may come after them.
    let python2 = PY2_SHEBANG.test(ctx.source);
    const inputs: CallInfo[] = [];
    const evidence = () => {
      python2 = true;
    };
    return {
      nodes: { print_statement: evidence, exec_statement: evidence },
      calls: {
        input: (call: CallInfo) => {
          inputs.push(call);
        },
        raw_input: evidence,
      },
      end: () => {
        if (python2) for (const call of inputs) ctx.report({ node: call.node, messageId: 'py2Input' });
      },
    };
  },
});
