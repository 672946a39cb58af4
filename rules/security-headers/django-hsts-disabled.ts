// django-hsts-disabled: Django settings without HTTP Strict Transport Security (SECURE_HSTS_SECONDS 0 or unset).
import { defineRule } from '../../src/analysis/rule.js';
import { settingWritesOrMissing } from '../../src/analysis/python/settings-writes.js';

export default defineRule({
  meta: {
    id: 'django-hsts-disabled',
    title: 'Django HSTS disabled',
    category: 'security-headers',
    cwe: ['CWE-319', 'CWE-523'],
    owasp: { '2021': ['A05:2021', 'A02:2021'], '2025': ['A02:2025', 'A04:2025'] },
    severity: 'medium',
    riskScore: 5,
    confidence: 'medium',
    evidence: 'config',
    threat: 'confidentiality',
    timeline: '30-days',
    technology: ['django'],
    aliases: {},
    messages: {
      disabled: '`SECURE_HSTS_SECONDS` is {{value}}, so browsers are never told to use HTTPS only.',
      short: '`SECURE_HSTS_SECONDS` is only {{value}} seconds; browsers forget HTTPS-only within a day.',
      missing: 'This settings module never sets `SECURE_HSTS_SECONDS`; no Strict-Transport-Security header is sent.',
    },
    docs: {
      whatItDoes:
        'Flags `SECURE_HSTS_SECONDS` set to 0 (or below a day) in settings modules, and complete non-development settings modules that never set it.',
      whyBad:
        'Without the Strict-Transport-Security header a browser will try `http://` first whenever a user types the address or follows an old link, which an attacker on the network can intercept and downgrade.',
      businessImpact: 'Session hijacking and credential theft through SSL-stripping on untrusted networks.',
      attackScenario:
        'A user types `bank.example` in a hotel; the attacker answers the initial HTTP request, proxies the site over HTTP, and captures the password.',
      example: 'SECURE_HSTS_SECONDS = 0',
      useInstead: 'SECURE_HSTS_SECONDS = 31536000\nSECURE_HSTS_INCLUDE_SUBDOMAINS = True',
      testing:
        'Request any page over HTTPS and assert a `Strict-Transport-Security: max-age=31536000` header; `manage.py check --deploy` (security.W004) must be quiet.',
      knownProblems:
        'HSTS added by a proxy or CDN is invisible to this rule; suppress with that reason. Roll out with a small value first: a long max-age cannot be withdrawn.',
      references: [
        'https://docs.djangoproject.com/en/stable/ref/middleware/#http-strict-transport-security',
        'https://cheatsheetseries.owasp.org/cheatsheets/HTTP_Strict_Transport_Security_Cheat_Sheet.html',
        'https://cwe.mitre.org/data/definitions/523.html',
      ],
    },
  },
  hints: ['SECURE_HSTS_SECONDS', 'MIDDLEWARE'],
  create(ctx) {
    return settingWritesOrMissing(
      ctx,
      'SECURE_HSTS_SECONDS',
      (write) => {
        const value = ctx.staticValue(write.value);
        if (typeof value !== 'number' && value !== null) return;
        const seconds = value ?? 0;
        if (seconds >= 86400) return;
        ctx.report({
          node: write.node,
          messageId: seconds <= 0 ? 'disabled' : 'short',
          data: { value: String(value) },
        });
      },
      (anchor) => ctx.report({ node: anchor, messageId: 'missing', severity: 'low', confidence: 'low' }),
    );
  },
});
