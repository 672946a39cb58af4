// flask-render-template-string: render_template_string() on a template built at run time (server-side template injection).
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { isLiteralComposed } from '../../src/analysis/python/literal-text.js';
import { safeCallFor } from '../../src/analysis/python/safe-calls.js';

const RENDERERS = [
  'flask.render_template_string',
  'flask.templating.render_template_string',
  'quart.render_template_string',
];

export default defineRule({
  meta: {
    id: 'flask-render-template-string',
    title: 'render_template_string() with a computed template',
    category: 'framework-security',
    cwe: ['CWE-1336', 'CWE-94'],
    owasp: { '2021': ['A03:2021'], '2025': ['A05:2025'] },
    severity: 'medium',
    riskScore: 6,
    confidence: 'high',
    threat: 'integrity',
    timeline: 'immediate',
    technology: ['flask', 'quart', 'jinja2'],
    aliases: {},
    messages: {
      formatted:
        '`{{fn}}` renders a template built by string formatting; user input in it is executed as Jinja2 (template injection).',
      variable:
        '`{{fn}}` renders a template taken from a variable; if any part comes from a user, it is executed as Jinja2.',
    },
    docs: {
      whatItDoes:
        'Flags Flask/Quart `render_template_string()` whose template is an f-string, `%`/`.format()`/`+` expression or a variable that is not only assigned literals.',
      whyBad:
        'The first argument is Jinja2 *source*. Text from a request that lands in it is compiled and run: `{{ config }}` leaks secrets and `{{ cycler.__init__.__globals__.os.popen("id").read() }}` runs commands.',
      businessImpact: 'Remote code execution and disclosure of the SECRET_KEY and other configuration.',
      attackScenario:
        'An error page does `render_template_string(f"<h1>{request.path} not found</h1>")`; the attacker requests `/{{config.SECRET_KEY}}` and then a payload that spawns a shell.',
      example: 'return render_template_string(f"<h1>Hello {name}</h1>")',
      useInstead:
        'return render_template_string("<h1>Hello {{ name }}</h1>", name=name)  # data goes in the context, never in the source',
      testing: 'Send `{{7*7}}` in the input and assert the response shows the literal text, not 49.',
      knownProblems:
        'Templates loaded from trusted files into a variable are reported with medium confidence; prefer `render_template()` for them.',
      references: [
        'https://flask.palletsprojects.com/en/stable/api/#flask.render_template_string',
        'https://portswigger.net/web-security/server-side-template-injection',
        'https://cwe.mitre.org/data/definitions/1336.html',
      ],
    },
  },
  hints: ['render_template_string'],
  create(ctx) {
    // Numbers and escaped text formatted into the source hold no template syntax.
    const inert = safeCallFor(['ssti'], (node) => ctx.qualifiedName(node));
    const check = (call: CallInfo) => {
      const template = call.argOrKwarg(0, 'source');
      if (!template || isLiteralComposed(template, { safeCall: inert }) || ctx.staticString(template) !== undefined)
        return;
      const formatted = ['string', 'binary_operator', 'call', 'concatenated_string'].includes(template.type);
      ctx.report({
        node: call.node,
        messageId: formatted ? 'formatted' : 'variable',
        data: { fn: call.callee.text },
        ...(formatted ? {} : { confidence: 'medium' as const }),
      });
    };
    return { calls: Object.fromEntries(RENDERERS.map((name) => [name, check])) };
  },
});
