// cookie-samesite-none: session/CSRF cookies configured with SameSite=None (sent on cross-site requests).
import { defineRule } from '../../src/analysis/rule.js';
import { replaceNode } from '../../src/analysis/python/fixes.js';
import { settingWrites } from '../../src/analysis/python/settings-writes.js';

const KEYS = ['SESSION_COOKIE_SAMESITE', 'CSRF_COOKIE_SAMESITE', 'REMEMBER_COOKIE_SAMESITE'];

export default defineRule({
  meta: {
    id: 'cookie-samesite-none',
    title: 'Session cookie with SameSite=None',
    category: 'session-management',
    cwe: ['CWE-1275', 'CWE-352'],
    owasp: { '2021': ['A01:2021', 'A05:2021'], '2025': ['A01:2025', 'A02:2025'] },
    severity: 'medium',
    riskScore: 4,
    confidence: 'medium',
    evidence: 'config',
    threat: 'integrity',
    timeline: '30-days',
    technology: ['django', 'flask'],
    aliases: {},
    fixable: true,
    messages: {
      none: "`{{key}}` is {{value}}: the cookie is sent on cross-site requests, which removes the browser's CSRF defence.",
    },
    docs: {
      whatItDoes:
        'Flags `SESSION_COOKIE_SAMESITE`, `CSRF_COOKIE_SAMESITE` or `REMEMBER_COOKIE_SAMESITE` set to `None` or `"None"` in Django settings modules or Flask config.',
      whyBad:
        "SameSite=Lax (Django's default) stops browsers from attaching the session cookie to cross-site POSTs and sub-requests. With None, every third-party page can make authenticated requests on the user's behalf, and only CSRF tokens remain as protection.",
      businessImpact: 'Cross-site request forgery against logged-in users; cross-site leaks of authenticated content.',
      attackScenario:
        "An endpoint that lacks a CSRF token (an API view with `@csrf_exempt`) changes the account e-mail; the attacker's page posts to it and the browser includes the session cookie.",
      example: 'SESSION_COOKIE_SAMESITE = None',
      useInstead: 'SESSION_COOKIE_SAMESITE = "Lax"  # "Strict" where cross-site navigation need not stay logged in',
      testing: 'Inspect the `Set-Cookie` header after login; it must carry `SameSite=Lax` or `Strict`.',
      knownProblems:
        "Flask's default is None (no attribute; browsers then apply Lax); only explicit settings are reported. Embedded/cross-site apps that need None must also set Secure; suppress with a reason.",
      references: [
        'https://docs.djangoproject.com/en/stable/ref/settings/#session-cookie-samesite',
        'https://flask.palletsprojects.com/en/stable/config/#SESSION_COOKIE_SAMESITE',
        'https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Set-Cookie#samesitesamesite-value',
        'https://cwe.mitre.org/data/definitions/1275.html',
      ],
    },
  },
  hints: KEYS,
  create(ctx) {
    return settingWrites(ctx, KEYS, { settings: true, config: true }, (write) => {
      const value = ctx.staticValue(write.value);
      if (value !== null && (typeof value !== 'string' || value.toLowerCase() !== 'none')) return;
      ctx.report({
        node: write.node,
        messageId: 'none',
        data: { key: write.key, value: write.value.text },
        fix: { description: `Set ${write.key} to "Lax".`, edits: [replaceNode(write.value, '"Lax"')] },
      });
    });
  },
});
