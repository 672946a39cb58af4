// mark-safe-literal: Django mark_safe() on literal text — a low-severity review note (Bandit B308 reports every call).
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { isLiteralComposed } from '../../src/analysis/python/literal-text.js';

export default defineRule({
  hints: ['mark_safe'],
  meta: {
    id: 'mark-safe-literal',
    title: 'Django mark_safe on literal text (review note)',
    category: 'output-encoding',
    cwe: ['CWE-79'],
    owasp: { '2021': ['A03:2021'], '2025': ['A05:2025'] },
    severity: 'low',
    riskScore: 2,
    confidence: 'low',
    threat: 'integrity',
    timeline: '30-days',
    technology: ['django'],
    aliases: { bandit: ['B308'], ruff: ['S308'] },
    messages: {
      literal:
        '`mark_safe` on literal text is safe today, but the call turns off escaping for whatever is passed to it later; prefer format_html() or a template.',
    },
    docs: {
      whatItDoes:
        'Notes `django.utils.safestring.mark_safe()` calls whose argument is built only from literals. Computed arguments are reported by `django-mark-safe` at medium severity.',
      whyBad:
        'The call itself is a standing exemption from autoescaping: the next edit that interpolates a value into the literal creates cross-site scripting without any new API in the diff.',
      businessImpact: 'Low on its own; it marks a place where a future change can introduce XSS unnoticed.',
      attackScenario:
        'A later change turns `mark_safe("<b>Welcome</b>")` into `mark_safe(f"<b>Welcome {user.name}</b>")`; the reviewer sees a string edit, not a new sink, and the attacker\'s display name runs as script.',
      example: 'label = mark_safe("<b>Required</b>")',
      useInstead: 'label = format_html("<b>{}</b>", "Required")',
      testing:
        'Keep HTML in templates; where mark_safe stays, add a test that renders it with a hostile value if it ever takes one.',
      knownProblems:
        'Matches Bandit B308, which reports every mark_safe call; kept at low severity and low confidence because no untrusted data can reach a literal.',
      references: [
        'https://docs.djangoproject.com/en/stable/ref/utils/#django.utils.safestring.mark_safe',
        'https://bandit.readthedocs.io/en/latest/blacklists/blacklist_calls.html#b308-mark-safe',
      ],
    },
  },
  create(ctx) {
    const check = (call: CallInfo) => {
      const text = call.argOrKwarg(0, 's');
      if (!text || !isLiteralComposed(text)) return; // computed text: django-mark-safe reports it
      ctx.report({ node: call.node, messageId: 'literal' });
    };
    return { calls: { 'django.utils.safestring.mark_safe': check } };
  },
});
