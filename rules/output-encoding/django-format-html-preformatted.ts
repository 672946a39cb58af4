// django-format-html-preformatted: format_html() given a template already filled in, so nothing gets escaped.
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { isLiteralComposed } from '../../src/analysis/python/literal-text.js';

const FORMATTERS = ['django.utils.html.format_html', 'django.utils.html.format_html_join'];

/** Translation functions: `_("<b>{title}</b>")` is still the literal template, looked up in a catalogue. */
const GETTEXT = /^(_|gettext|gettext_lazy|ugettext|ugettext_lazy|pgettext|pgettext_lazy|gettext_noop|ugettext_noop)$/;

export default defineRule({
  meta: {
    id: 'django-format-html-preformatted',
    title: 'format_html() with a pre-formatted template',
    category: 'output-encoding',
    cwe: ['CWE-79', 'CWE-116'],
    owasp: { '2021': ['A03:2021'], '2025': ['A05:2025'] },
    severity: 'medium',
    riskScore: 6,
    confidence: 'high',
    threat: 'integrity',
    timeline: '7-days',
    technology: ['django'],
    aliases: {},
    messages: {
      formatted:
        '`{{fn}}` receives a template that was already formatted, so its values are not escaped; pass them as arguments instead.',
      variable: '`{{fn}}` receives a computed template; keep the template a literal and pass values as arguments.',
    },
    docs: {
      whatItDoes:
        'Flags `format_html()` / `format_html_join()` whose format string is an f-string, a `%`/`.format()`/`+` expression, or another non-literal.',
      whyBad:
        '`format_html` escapes the *arguments* and marks the result safe. When values are interpolated into the template before the call, they skip escaping and the result is still marked safe: this is `mark_safe` in disguise.',
      businessImpact: 'Cross-site scripting in pages and the Django admin.',
      attackScenario:
        'An admin column renders `format_html(f"<b>{obj.name}</b>")`; an attacker-controlled name containing `<script>` runs in the administrator\'s browser.',
      example: 'format_html(f"<a href=\\"{url}\\">{label}</a>")',
      useInstead: 'format_html("<a href=\\"{}\\">{}</a>", url, label)',
      testing: 'Call the code with `label="<i>"` and assert the output contains `&lt;i&gt;`.',
      knownProblems: 'A template held in a variable assigned in another function is reported with medium confidence.',
      references: [
        'https://docs.djangoproject.com/en/stable/ref/utils/#django.utils.html.format_html',
        'https://cwe.mitre.org/data/definitions/79.html',
      ],
    },
  },
  hints: ['format_html'],
  create(ctx) {
    const check = (call: CallInfo) => {
      const index = call.method === 'format_html_join' ? 1 : 0;
      const template = call.argOrKwarg(index, 'format_string');
      if (!template || isLiteralComposed(template) || ctx.staticString(template) !== undefined) return;
      if (isTranslatedLiteral(template)) return; // format_html(_("…{title}…"), title=…): the recommended use
      const formatted = template.type === 'string' || template.type === 'binary_operator' || isFormatCall(template);
      ctx.report({
        node: call.node,
        messageId: formatted ? 'formatted' : 'variable',
        data: { fn: call.method ?? 'format_html' },
        ...(formatted ? {} : { confidence: 'medium' as const }),
      });
    };
    return { calls: Object.fromEntries(FORMATTERS.map((name) => [name, check])) };
  },
});

/** `_("literal")`, `gettext("literal")`, `pgettext("context", "literal")`. */
function isTranslatedLiteral(node: Node): boolean {
  if (node.type !== 'call') return false;
  const fn = node.childForFieldName('function');
  const name = fn?.type === 'attribute' ? fn.childForFieldName('attribute')?.text : fn?.text;
  const args = node.childForFieldName('arguments')?.namedChildren.filter((c) => c?.type !== 'comment') ?? [];
  return GETTEXT.test(name ?? '') && args.length > 0 && args.every((a) => a !== null && isLiteralComposed(a));
}

/** `"…".format(…)`: the template filled in before the call. */
function isFormatCall(node: Node): boolean {
  const fn = node.type === 'call' ? node.childForFieldName('function') : null;
  return fn?.type === 'attribute' && fn.childForFieldName('attribute')?.text === 'format';
}
