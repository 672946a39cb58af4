// django-ssl-redirect-disabled: Django settings that serve plain HTTP instead of redirecting to HTTPS.
import { defineRule } from '../../src/analysis/rule.js';
import { settingWritesOrMissing } from '../../src/analysis/python/settings-writes.js';

export default defineRule({
  meta: {
    id: 'django-ssl-redirect-disabled',
    title: 'Django SECURE_SSL_REDIRECT off',
    category: 'security-headers',
    cwe: ['CWE-319', 'CWE-311'],
    owasp: { '2021': ['A02:2021', 'A05:2021'], '2025': ['A04:2025', 'A02:2025'] },
    severity: 'medium',
    riskScore: 5,
    confidence: 'medium',
    evidence: 'config',
    threat: 'confidentiality',
    timeline: '30-days',
    technology: ['django'],
    aliases: {},
    messages: {
      disabled:
        '`SECURE_SSL_REDIRECT` is false, so requests over plain HTTP are served instead of redirected to HTTPS.',
      missing:
        'This settings module never sets `SECURE_SSL_REDIRECT = True`; plain-HTTP requests are served (unless a proxy redirects them).',
    },
    docs: {
      whatItDoes:
        'Flags `SECURE_SSL_REDIRECT = False` in settings modules, and complete non-development settings modules (they define MIDDLEWARE) that never set it.',
      whyBad:
        "Django's SecurityMiddleware redirects HTTP to HTTPS only when this setting is true. Otherwise a first request over HTTP, and the cookies it carries, travel in clear text.",
      businessImpact: 'Session cookies and form data exposed on public networks; session hijacking.',
      attackScenario:
        "On café Wi-Fi the attacker strips the victim's `https://` links (sslstrip); the app answers over HTTP, and the attacker reads the login form and session cookie.",
      example: 'SECURE_SSL_REDIRECT = False',
      useInstead:
        'SECURE_SSL_REDIRECT = True\nSECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")  # behind a TLS-terminating proxy',
      testing:
        'Run `manage.py check --deploy` (security.W008) and request `http://` URLs in staging; expect a 301 to https.',
      knownProblems:
        'Deployments whose load balancer redirects to HTTPS do not need the setting; suppress with that reason. Split settings (base.py + prod.py) are checked per file.',
      references: [
        'https://docs.djangoproject.com/en/stable/ref/settings/#secure-ssl-redirect',
        'https://docs.djangoproject.com/en/stable/ref/middleware/#ssl-redirect',
        'https://cwe.mitre.org/data/definitions/319.html',
      ],
    },
  },
  hints: ['SECURE_SSL_REDIRECT', 'MIDDLEWARE'],
  create(ctx) {
    return settingWritesOrMissing(
      ctx,
      'SECURE_SSL_REDIRECT',
      (write) => {
        if (ctx.truthiness(write.value) === false) ctx.report({ node: write.node, messageId: 'disabled' });
      },
      (anchor) => ctx.report({ node: anchor, messageId: 'missing', severity: 'low', confidence: 'low' }),
    );
  },
});
