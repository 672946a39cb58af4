// django-csrf-middleware-missing: a MIDDLEWARE list without CsrfViewMiddleware (no CSRF protection at all).
import { defineRule } from '../../src/analysis/rule.js';
import { settingWrites } from '../../src/analysis/python/settings-writes.js';

const CSRF = 'django.middleware.csrf.CsrfViewMiddleware';

function isCsrfMiddleware(entry: unknown): boolean {
  return typeof entry === 'string' && /csrf/i.test(entry.split('.').pop() ?? '');
}

export default defineRule({
  meta: {
    id: 'django-csrf-middleware-missing',
    title: 'Django MIDDLEWARE without CsrfViewMiddleware',
    category: 'framework-security',
    cwe: ['CWE-352'],
    owasp: { '2021': ['A01:2021'], '2025': ['A01:2025'] },
    severity: 'high',
    riskScore: 7,
    confidence: 'medium',
    evidence: 'config',
    threat: 'integrity',
    timeline: '7-days',
    technology: ['django'],
    aliases: {},
    messages: {
      missing:
        '`{{key}}` does not include CsrfViewMiddleware, so no view is protected against cross-site request forgery.',
    },
    docs: {
      whatItDoes:
        'Flags a `MIDDLEWARE` (or `MIDDLEWARE_CLASSES`) list of string literals in a settings module that lacks `django.middleware.csrf.CsrfViewMiddleware`.',
      whyBad:
        'CsrfViewMiddleware is what checks the CSRF token of POST/PUT/PATCH/DELETE requests. Without it, any site a logged-in user visits can submit forms to the application as that user.',
      businessImpact:
        'Attackers change e-mail addresses, passwords, payment details or permissions of logged-in users.',
      attackScenario:
        "A victim logged into the app visits a page with an auto-submitting form to `/account/email/`; the browser sends the session cookie and the e-mail is changed to the attacker's, who then resets the password.",
      example:
        'MIDDLEWARE = [\n    "django.middleware.security.SecurityMiddleware",\n    "django.contrib.sessions.middleware.SessionMiddleware",\n]',
      useInstead:
        'MIDDLEWARE = [\n    "django.middleware.security.SecurityMiddleware",\n    "django.contrib.sessions.middleware.SessionMiddleware",\n    "django.middleware.csrf.CsrfViewMiddleware",\n]',
      testing: 'POST to a state-changing view with the session cookie but no CSRF token and assert 403.',
      knownProblems:
        'Lists built from variables or extended later (`MIDDLEWARE += [...]`, `insert`) are not evaluated. APIs that use only token authentication do not need CSRF protection; suppress with a reason.',
      references: [
        'https://docs.djangoproject.com/en/stable/ref/csrf/',
        'https://cwe.mitre.org/data/definitions/352.html',
        'https://cheatsheetseries.owasp.org/cheatsheets/Cross-Site_Request_Forgery_Prevention_Cheat_Sheet.html',
      ],
    },
  },
  hints: ['MIDDLEWARE'],
  create(ctx) {
    return settingWrites(ctx, ['MIDDLEWARE', 'MIDDLEWARE_CLASSES'], { settings: true }, (write) => {
      const list = ctx.staticValue(write.value);
      // A project's own subclass (`myapp.middleware.CsrfViewMiddleware`) protects as well as Django's.
      if (!Array.isArray(list) || list.length === 0 || list.includes(CSRF) || list.some(isCsrfMiddleware)) return;
      if (!list.some((m) => typeof m === 'string' && m.startsWith('django.'))) return; // not a Django middleware list
      ctx.report({ node: write.node, messageId: 'missing', data: { key: write.key } });
    });
  },
});
