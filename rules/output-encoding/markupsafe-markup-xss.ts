// markupsafe-markup-xss: markupsafe.Markup / flask.Markup on non-literal text (Bandit B704, Ruff S704).
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { isLiteralComposed, isPlainLiteral } from '../../src/analysis/python/literal-text.js';
import { safeCallFor } from '../../src/analysis/python/safe-calls.js';

const MARKUP = ['markupsafe.Markup', 'flask.Markup', 'jinja2.Markup', 'jinja2.utils.Markup', 'quart.Markup'];

export default defineRule({
  meta: {
    id: 'markupsafe-markup-xss',
    title: 'Markup() on non-literal text',
    category: 'output-encoding',
    cwe: ['CWE-79', 'CWE-80'],
    owasp: { '2021': ['A03:2021'], '2025': ['A05:2025'] },
    severity: 'medium',
    riskScore: 6,
    confidence: 'high',
    threat: 'integrity',
    timeline: '7-days',
    technology: ['markupsafe', 'flask', 'jinja2'],
    aliases: { bandit: ['B704'], ruff: ['S704'] },
    messages: {
      computed:
        '`{{fn}}` wraps computed text, which Jinja2 will then render unescaped; use Markup("…{}…").format(value) or escape().',
    },
    docs: {
      whatItDoes:
        'Flags `Markup(...)` from markupsafe (also re-exported by Flask and old Jinja2) whose text is not a plain string literal.',
      whyBad:
        '`Markup` declares a string already safe HTML. Text built with an f-string, `%`, `.format()` or `+` keeps any markup from the interpolated value, and templates then render it as it is.',
      businessImpact: "Cross-site scripting: scripts run in users' browsers under the application's origin.",
      attackScenario:
        'A view returns `Markup(f"<p>{comment}</p>")`; the attacker posts a comment containing `<script>` and every reader runs it.',
      example: 'Markup(f"<b>{username}</b>")',
      useInstead: 'Markup("<b>{}</b>").format(username)  # format() on a Markup escapes its arguments',
      testing: 'Render the value with `username="<i>"` and assert the output contains `&lt;i&gt;`.',
      knownProblems:
        'Like Bandit, a module constant interpolated into an f-string is reported. Values already escaped with `escape()` are reported when they are combined by string formatting.',
      references: [
        'https://markupsafe.palletsprojects.com/en/stable/escaping/#markupsafe.Markup',
        'https://cwe.mitre.org/data/definitions/79.html',
        'https://bandit.readthedocs.io/en/latest/plugins/b704_markupsafe_markup_xss.html',
      ],
    },
  },
  hints: ['Markup', 'flask', 'jinja2', 'markupsafe'],
  create(ctx) {
    const escaped = safeCallFor(['xss'], (node) => ctx.qualifiedName(node));
    const check = (call: CallInfo) => {
      const text = call.argOrKwarg(0, 'object');
      if (!text || isPlainLiteral(text)) return;
      if (text.type === 'call' && ctx.call(text).name?.endsWith('escape')) return; // Markup(escape(x)) is escaped
      // Literal text around escaped values (`Markup(f"<b>{escape(x)}</b>")`); a name is reported, as Bandit does.
      if (isLiteralComposed(text, { safeCall: escaped, followNames: false })) return;
      ctx.report({ node: call.node, messageId: 'computed', data: { fn: call.callee.text } });
    };
    return { calls: Object.fromEntries(MARKUP.map((name) => [name, check])) };
  },
});
