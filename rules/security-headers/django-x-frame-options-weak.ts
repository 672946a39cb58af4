// django-x-frame-options-weak: X_FRAME_OPTIONS set to something other than DENY or SAMEORIGIN (clickjacking).
import { defineRule } from '../../src/analysis/rule.js';
import { settingWrites } from '../../src/analysis/python/settings-writes.js';

export default defineRule({
  meta: {
    id: 'django-x-frame-options-weak',
    title: 'Django X_FRAME_OPTIONS allows framing',
    category: 'security-headers',
    cwe: ['CWE-1021'],
    owasp: { '2021': ['A05:2021'], '2025': ['A02:2025'] },
    severity: 'medium',
    riskScore: 4,
    confidence: 'high',
    evidence: 'config',
    threat: 'integrity',
    timeline: '30-days',
    technology: ['django'],
    aliases: {},
    messages: {
      weak: '`X_FRAME_OPTIONS` is "{{value}}"; browsers ignore values other than DENY and SAMEORIGIN, so pages can be framed (clickjacking).',
    },
    docs: {
      whatItDoes:
        'Flags `X_FRAME_OPTIONS` in settings modules when its value is not `DENY` or `SAMEORIGIN` (e.g. `ALLOWALL`, `ALLOW-FROM …`).',
      whyBad:
        'XFrameOptionsMiddleware sends the value as the X-Frame-Options header. `ALLOWALL` and the obsolete `ALLOW-FROM` are ignored by modern browsers, leaving pages frameable by any site.',
      businessImpact:
        'Clickjacking: users are tricked into clicking buttons of the real application (transfers, permission grants, deletions) inside an invisible frame.',
      attackScenario:
        'The attacker frames the account-settings page transparently over a game and aligns "Delete account" with the game\'s "Play" button.',
      example: 'X_FRAME_OPTIONS = "ALLOWALL"',
      useInstead: 'X_FRAME_OPTIONS = "DENY"  # or SAMEORIGIN; use CSP frame-ancestors to allow specific partners',
      testing:
        'Load a page in an `<iframe>` from another origin and assert the browser refuses; check the header value in responses.',
      knownProblems: 'Views decorated with `@xframe_options_exempt` are not checked.',
      references: [
        'https://docs.djangoproject.com/en/stable/ref/clickjacking/',
        'https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/X-Frame-Options',
        'https://cwe.mitre.org/data/definitions/1021.html',
      ],
    },
  },
  hints: ['X_FRAME_OPTIONS'],
  create(ctx) {
    return settingWrites(ctx, ['X_FRAME_OPTIONS'], { settings: true }, (write) => {
      const value = ctx.staticString(write.value);
      if (value === undefined || ['DENY', 'SAMEORIGIN'].includes(value.trim().toUpperCase())) return;
      ctx.report({ node: write.node, messageId: 'weak', data: { value } });
    });
  },
});
