// exec-computed-input: exec() of code that is not a constant (Bandit B102, Ruff S102).
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { isFormattedString } from '../../src/analysis/python/string-template.js';

export default defineRule({
  meta: {
    id: 'exec-computed-input',
    title: 'exec() of computed code',
    category: 'input-validation',
    cwe: ['CWE-95', 'CWE-94'],
    owasp: { '2021': ['A03:2021'], '2025': ['A05:2025'] },
    severity: 'medium',
    riskScore: 6,
    confidence: 'high',
    threat: 'integrity',
    timeline: 'immediate',
    aliases: { bandit: ['B102'], ruff: ['S102'] },
    messages: {
      formatted: '`exec` runs code built from run-time values; anyone who controls them runs Python code.',
      computed: '`exec` runs code that is not a constant; replace it with explicit dispatch or data.',
      literal: '`exec` of constant code; write the code directly instead.',
    },
    docs: {
      whatItDoes:
        'Flags calls to the built-in `exec`. Computed code is high severity; constant code is low (Bandit reports both as medium).',
      whyBad:
        "`exec` runs arbitrary statements with the caller's globals: imports, file access and process starts are all one string away.",
      businessImpact: 'Remote code execution in the application process and everything it can reach.',
      attackScenario:
        'A plugin loader runs `exec(open(path).read())` on a path the user can upload to; the uploaded file opens a reverse shell.',
      example: 'exec(f"result = {formula}")',
      useInstead: 'result = SAFE_FUNCTIONS[formula_name](*args)  # dispatch on a fixed table instead of code',
      testing: 'Feed `import os; os.getpid()` through the code path and assert it is rejected.',
      knownProblems: 'Code read from a trusted file still counts as computed; suppress with a reason.',
      references: [
        'https://docs.python.org/3/library/functions.html#exec',
        'https://cwe.mitre.org/data/definitions/95.html',
      ],
    },
  },
  hints: ['builtins', 'exec'],
  create(ctx) {
    const check = (call: CallInfo) => {
      const source = call.argOrKwarg(0, 'source') ?? call.argOrKwarg(0, 'object');
      if (!source && !call.hasSplat) return;
      if (source && ctx.staticString(source) !== undefined) {
        ctx.report({ node: call.node, messageId: 'literal', severity: 'low' });
        return;
      }
      ctx.report({ node: call.node, messageId: isFormattedString(ctx, source) ? 'formatted' : 'computed' });
    };
    return { calls: { exec: check, 'builtins.exec': check } };
  },
});
