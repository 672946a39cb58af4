// eval-computed-input: eval() of a string that is not a constant (Bandit B307, Ruff S307).
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { isFormattedString } from '../../src/analysis/python/string-template.js';

export default defineRule({
  meta: {
    id: 'eval-computed-input',
    title: 'eval() of a computed expression',
    category: 'input-validation',
    cwe: ['CWE-95', 'CWE-94'],
    owasp: { '2021': ['A03:2021'], '2025': ['A05:2025'] },
    severity: 'medium',
    riskScore: 6,
    confidence: 'high',
    threat: 'integrity',
    timeline: 'immediate',
    aliases: { bandit: ['B307'], ruff: ['S307'] },
    messages: {
      formatted: '`eval` runs an expression built from run-time values; anyone who controls them runs Python code.',
      computed: '`eval` runs an expression that is not a constant; use `ast.literal_eval` or an explicit parser.',
      literal: '`eval` of a constant expression; replace it with the expression itself or `ast.literal_eval`.',
    },
    docs: {
      whatItDoes:
        'Flags calls to the built-in `eval`. A computed argument is high severity; a constant one is low (Bandit reports both as medium).',
      whyBad:
        '`eval` compiles and runs arbitrary Python: `__import__("os").system(...)` in the input is code execution, and no blocklist of names survives `().__class__.__base__.__subclasses__()` tricks.',
      businessImpact:
        'Remote code execution in the application process: full data access, credential theft, persistence.',
      attackScenario:
        'A calculator endpoint evaluates `eval(request.args["expr"])`; the attacker sends `__import__("os").popen("env").read()` and reads every secret in the environment.',
      example: 'value = eval(request.args["expr"])',
      useInstead: 'value = ast.literal_eval(request.args["expr"])  # literals only; or a real expression parser',
      testing: 'Send `__import__("os").getpid()` as input and assert it is rejected, not evaluated.',
      knownProblems: 'A local function named `eval` shadowing the built-in is still reported.',
      references: [
        'https://docs.python.org/3/library/functions.html#eval',
        'https://docs.python.org/3/library/ast.html#ast.literal_eval',
        'https://cwe.mitre.org/data/definitions/95.html',
      ],
    },
  },
  hints: ['builtins', 'eval'],
  create(ctx) {
    const check = (call: CallInfo) => {
      const source = call.argOrKwarg(0, 'source') ?? call.argOrKwarg(0, 'expression');
      if (!source && !call.hasSplat) return;
      if (source && ctx.staticString(source) !== undefined) {
        ctx.report({ node: call.node, messageId: 'literal', severity: 'low' });
        return;
      }
      const formatted = isFormattedString(ctx, source);
      ctx.report({ node: call.node, messageId: formatted ? 'formatted' : 'computed' });
    };
    return { calls: { eval: check, 'builtins.eval': check } };
  },
});
