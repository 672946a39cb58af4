// x-frame-options-allowall: an X-Frame-Options response header that permits framing (clickjacking).
import { defineRule } from '../../src/analysis/rule.js';
import { replaceNode } from '../../src/analysis/python/fixes.js';
import { headerWrites } from '../../src/analysis/python/header-writes.js';

export default defineRule({
  meta: {
    id: 'x-frame-options-allowall',
    title: 'X-Frame-Options header that allows framing',
    category: 'security-headers',
    cwe: ['CWE-1021'],
    owasp: { '2021': ['A05:2021'], '2025': ['A02:2025'] },
    severity: 'medium',
    riskScore: 5,
    confidence: 'high',
    evidence: 'config',
    threat: 'integrity',
    timeline: '30-days',
    technology: ['flask', 'django', 'tornado', 'starlette'],
    aliases: {},
    fixable: true,
    messages: {
      weak: '`X-Frame-Options: {{value}}` is not understood by browsers, so the page can be framed by any site (clickjacking).',
    },
    docs: {
      whatItDoes:
        'Flags code that sets the `X-Frame-Options` response header to anything other than `DENY` or `SAMEORIGIN` (`ALLOWALL`, `ALLOW-FROM …`, empty).',
      whyBad:
        'Only DENY and SAMEORIGIN are honoured. `ALLOWALL` is not a valid value and `ALLOW-FROM` is obsolete, so browsers fall back to allowing any framing.',
      businessImpact: 'Clickjacking of sensitive actions (payments, settings, permission grants).',
      attackScenario:
        "The attacker embeds the transfer page in a transparent iframe over a fake button; the victim's click confirms a transfer.",
      example: 'response.headers["X-Frame-Options"] = "ALLOWALL"',
      useInstead:
        'response.headers["X-Frame-Options"] = "DENY"\n# to allow partners: Content-Security-Policy: frame-ancestors https://partner.example',
      testing: 'Load the page inside an iframe on another origin and assert the browser blocks it.',
      knownProblems: 'Headers passed as dict literals to response constructors are not checked.',
      references: [
        'https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/X-Frame-Options',
        'https://cheatsheetseries.owasp.org/cheatsheets/Clickjacking_Defense_Cheat_Sheet.html',
        'https://cwe.mitre.org/data/definitions/1021.html',
      ],
    },
  },
  requires: [[{ anyCase: 'x-frame-options' }]],
  create(ctx) {
    return headerWrites(ctx, ['X-Frame-Options'], (write) => {
      const value = ctx.staticString(write.value);
      if (value === undefined || ['DENY', 'SAMEORIGIN'].includes(value.trim().toUpperCase())) return;
      ctx.report({
        node: write.node,
        messageId: 'weak',
        data: { value },
        fix: { description: 'Send X-Frame-Options: DENY.', edits: [replaceNode(write.value, '"DENY"')] },
      });
    });
  },
});
