// jinja2-template-from-string: Jinja2 templates compiled from text built at run time (server-side template injection).
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { isLiteralComposed } from '../../src/analysis/python/literal-text.js';
import { safeCallFor } from '../../src/analysis/python/safe-calls.js';
import { importsAny } from '../../src/analysis/python/source-hints.js';

export default defineRule({
  meta: {
    id: 'jinja2-template-from-string',
    title: 'Jinja2 template compiled from computed text',
    category: 'output-encoding',
    cwe: ['CWE-1336', 'CWE-94'],
    owasp: { '2021': ['A03:2021'], '2025': ['A05:2025'] },
    severity: 'medium',
    riskScore: 6,
    confidence: 'medium',
    threat: 'integrity',
    timeline: 'immediate',
    technology: ['jinja2'],
    aliases: {},
    messages: {
      formatted:
        '`{{fn}}` compiles a template built by string formatting; input in it runs as Jinja2 code (template injection).',
      variable:
        '`{{fn}}` compiles a template from a variable; if users can influence it, they can run code through Jinja2.',
    },
    docs: {
      whatItDoes:
        'In modules that import Jinja2, flags `jinja2.Template(source)` and `env.from_string(source)` when the source is an f-string, a `%`/`.format()`/`+` expression, or a variable not built only from literals.',
      whyBad:
        'The argument is template *code*. Input formatted into it is compiled: `{{ self.__init__.__globals__ }}` reaches Python objects and, outside the sandbox, arbitrary code.',
      businessImpact: 'Remote code execution and disclosure of secrets from the process.',
      attackScenario:
        'An e-mail feature builds `env.from_string(f"Hello {user.name}")`; the attacker sets the name to `{{ cycler.__init__.__globals__.os.popen("id").read() }}` and reads the output in the e-mail.',
      example: 'jinja2.Template(f"Hello {name}!").render()',
      useInstead:
        'jinja2.Template("Hello {{ name }}!").render(name=name)  # or a SandboxedEnvironment for user-authored templates',
      testing: 'Pass `{{7*7}}` as input and assert the rendered output contains the literal text, not 49.',
      knownProblems:
        'Templates read from trusted files into a variable are reported with medium confidence; user-authored templates need `jinja2.sandbox.SandboxedEnvironment`, which is not reported.',
      references: [
        'https://jinja.palletsprojects.com/en/stable/sandbox/',
        'https://portswigger.net/web-security/server-side-template-injection',
        'https://cwe.mitre.org/data/definitions/1336.html',
      ],
    },
  },
  hints: ['from_string', 'jinja2'],
  create(ctx) {
    // Numbers and escaped text formatted into the source hold no template syntax.
    const inert = safeCallFor(['ssti'], (node) => ctx.qualifiedName(node));
    if (!importsAny(ctx.source, ['jinja2'])) return {};
    const check = (call: CallInfo) => {
      const source = call.argOrKwarg(0, 'source');
      if (!source || isLiteralComposed(source, { safeCall: inert })) return;
      if (call.method === 'from_string' && /sandbox/i.test(call.receiver?.text ?? '')) return;
      const formatted = ['string', 'binary_operator', 'call', 'concatenated_string'].includes(source.type);
      ctx.report({
        node: call.node,
        messageId: formatted ? 'formatted' : 'variable',
        data: { fn: call.callee.text },
        ...(formatted ? { confidence: 'high' as const } : {}),
      });
    };
    return { calls: { 'jinja2.Template': check, '*.from_string': check } };
  },
});
