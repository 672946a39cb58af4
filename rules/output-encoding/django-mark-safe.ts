// django-mark-safe: Django's mark_safe/SafeString on text that is not a literal (Bandit B308 + B703, Ruff S308).
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { isLiteralComposed } from '../../src/analysis/python/literal-text.js';
import { safeCallFor } from '../../src/analysis/python/safe-calls.js';

const SAFE_MARKERS = ['mark_safe', 'SafeText', 'SafeUnicode', 'SafeString', 'SafeBytes'];
const MODULES = ['django.utils.safestring', 'django.utils.html'];

export default defineRule({
  meta: {
    id: 'django-mark-safe',
    title: 'Django mark_safe on computed text',
    category: 'output-encoding',
    cwe: ['CWE-79', 'CWE-80'],
    owasp: { '2021': ['A03:2021'], '2025': ['A05:2025'] },
    severity: 'medium',
    riskScore: 6,
    confidence: 'high',
    threat: 'integrity',
    timeline: '7-days',
    technology: ['django'],
    aliases: { bandit: ['B308', 'B703'], ruff: ['S308'] },
    messages: {
      computed:
        '`{{fn}}` marks computed text as safe HTML, so Django will not escape it; build it with format_html() instead.',
    },
    docs: {
      whatItDoes:
        'Flags `mark_safe()` and the `SafeString` family from `django.utils.safestring` when the argument is not a literal or a variable only ever assigned literals.',
      whyBad:
        'A string marked safe bypasses template autoescaping. If any part of it comes from a user, a database row or a request, that part is rendered as HTML and script.',
      businessImpact:
        'Cross-site scripting in the Django site or admin: session theft, privileged actions performed as staff users.',
      attackScenario:
        'A model\'s `__str__` returns `mark_safe(f"<b>{self.name}</b>")`; the attacker names an object `<img src=x onerror=…>` and the payload runs when an administrator opens the admin list.',
      example: 'return mark_safe(f"<a href=\\"{url}\\">{title}</a>")',
      useInstead: 'return format_html("<a href=\\"{}\\">{}</a>", url, title)',
      testing:
        'Render the view or template with a value containing `<script>` and assert the response contains `&lt;script&gt;`.',
      knownProblems:
        'A literal argument is not reported here (it cannot carry user data); mark-safe-literal notes it at low severity, as Bandit B308 does. Text escaped with `escape()` before concatenation is still reported.',
      references: [
        'https://docs.djangoproject.com/en/stable/ref/utils/#django.utils.safestring.mark_safe',
        'https://docs.djangoproject.com/en/stable/ref/utils/#django.utils.html.format_html',
        'https://cwe.mitre.org/data/definitions/79.html',
        'https://bandit.readthedocs.io/en/latest/plugins/b703_django_mark_safe.html',
      ],
    },
  },
  hints: ['SafeBytes', 'SafeString', 'SafeText', 'SafeUnicode', 'mark_safe', 'safestring'],
  create(ctx) {
    // Escaped or cleaned text (`escape(x)`, `format_html(...)`, `bleach.clean(x)`) is as safe as a literal.
    const escaped = safeCallFor(['xss'], (node) => ctx.qualifiedName(node));
    const check = (call: CallInfo) => {
      const text = call.argOrKwarg(0, 's');
      if (!text && !call.hasSplat) return;
      if (text && isLiteralComposed(text, { safeCall: escaped })) return;
      ctx.report({ node: call.node, messageId: 'computed', data: { fn: call.method ?? 'mark_safe' } });
    };
    const calls: Record<string, (call: CallInfo) => void> = {};
    for (const module of MODULES) for (const name of SAFE_MARKERS) calls[`${module}.${name}`] = check;
    return { calls };
  },
});
