// django-debug-true: `DEBUG = True` in a Django settings module (tracebacks, settings and SQL shown to visitors).
import { defineRule } from '../../src/analysis/rule.js';
import { isDevSettingsPath } from '../../src/analysis/python/source-hints.js';
import { settingWrites } from '../../src/analysis/python/settings-writes.js';

export default defineRule({
  meta: {
    id: 'django-debug-true',
    title: 'Django settings with DEBUG = True',
    category: 'framework-security',
    cwe: ['CWE-489', 'CWE-215'],
    owasp: { '2021': ['A05:2021'], '2025': ['A02:2025'] },
    severity: 'high',
    riskScore: 7,
    confidence: 'medium',
    evidence: 'config',
    threat: 'confidentiality',
    timeline: 'immediate',
    technology: ['django'],
    aliases: {},
    messages: {
      debug: '`DEBUG = True` in a settings module: error pages show tracebacks, settings and SQL to anyone.',
      devDebug:
        '`DEBUG = True` in what looks like development settings; make sure this module is never used in production.',
    },
    docs: {
      whatItDoes:
        'Flags a module-level `DEBUG = True` (or any truthy constant) in files that look like Django settings: named `settings*.py`, under a `settings/` package, or defining `INSTALLED_APPS`/`MIDDLEWARE`.',
      whyBad:
        'With DEBUG on, Django renders a technical 500 page with the traceback, local variables, most settings and the request, keeps every SQL query in memory, and serves the URL map on 404s.',
      businessImpact:
        'Disclosure of source code, internal hosts, database queries and sometimes credentials; memory growth under load.',
      attackScenario:
        'The attacker requests a URL that raises, reads local variables (API keys, user data) and the URL map on the debug page, and uses them to target unprotected endpoints.',
      example: 'DEBUG = True',
      useInstead: 'DEBUG = os.environ.get("DJANGO_DEBUG") == "1"',
      testing:
        'Run `python manage.py check --deploy` with the production settings; it must not warn about DEBUG (security.W018).',
      knownProblems:
        'Settings named dev/local/test are still reported, at low severity and confidence. A value read from the environment is not reported.',
      references: [
        'https://docs.djangoproject.com/en/stable/ref/settings/#debug',
        'https://docs.djangoproject.com/en/stable/howto/deployment/checklist/',
        'https://cwe.mitre.org/data/definitions/489.html',
      ],
    },
  },
  hints: ['DEBUG', '.debug'],
  create(ctx) {
    const dev = isDevSettingsPath(ctx.file.path);
    return settingWrites(ctx, ['DEBUG'], { settings: true }, (write) => {
      if (ctx.truthiness(write.value) !== true) return;
      ctx.report({
        node: write.node,
        messageId: dev ? 'devDebug' : 'debug',
        ...(dev ? { severity: 'low', confidence: 'low' } : {}),
      });
    });
  },
});
