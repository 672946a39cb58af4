// compile-computed-source: compile() of source text that is not a constant, the first step of exec/eval.
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { isFormattedString } from '../../src/analysis/python/string-template.js';

export default defineRule({
  meta: {
    id: 'compile-computed-source',
    title: 'compile() of computed source code',
    category: 'input-validation',
    cwe: ['CWE-95', 'CWE-94'],
    owasp: { '2021': ['A03:2021'], '2025': ['A05:2025'] },
    severity: 'medium',
    riskScore: 6,
    confidence: 'medium',
    threat: 'integrity',
    timeline: '7-days',
    aliases: {},
    messages: {
      formatted: '`compile` builds a code object from run-time values; running it executes whatever they contain.',
      computed: '`compile` builds a code object from source that is not a constant; check where the source comes from.',
    },
    docs: {
      whatItDoes:
        'Flags the built-in `compile` when its source is not a constant string. `re.compile` and other methods named `compile` are not matched.',
      whyBad:
        'A code object is what `exec`/`eval` run; compiling untrusted text hides the injection one step away from the `exec` that a reviewer looks for.',
      businessImpact: 'Code execution in the application process once the code object runs.',
      attackScenario:
        'A rules engine compiles user-written conditions with `compile(cond, "<rule>", "eval")` and evaluates them per request; a condition calling `__import__("os")` runs commands.',
      example: 'code = compile(user_rule, "<rule>", "eval")',
      useInstead: 'tree = ast.parse(user_rule, mode="eval")  # then walk and allow only the node types you support',
      testing: 'Submit a rule that imports a module and assert it is rejected before compilation.',
      knownProblems:
        'Compiling trusted files (templates, plugins from the package) is reported too; suppress with a reason.',
      references: [
        'https://docs.python.org/3/library/functions.html#compile',
        'https://cwe.mitre.org/data/definitions/95.html',
      ],
    },
  },
  hints: ['builtins', 'compile'],
  create(ctx) {
    const check = (call: CallInfo) => {
      const source = call.argOrKwarg(0, 'source');
      if (!source || ctx.staticValue(source) !== undefined) return;
      const formatted = isFormattedString(ctx, source);
      ctx.report({
        node: call.node,
        messageId: formatted ? 'formatted' : 'computed',
        severity: formatted ? 'high' : 'medium',
      });
    };
    return { calls: { compile: check, 'builtins.compile': check } };
  },
});
