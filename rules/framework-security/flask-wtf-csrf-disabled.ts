// flask-wtf-csrf-disabled: Flask-WTF's CSRF protection switched off in the app configuration.
import { defineRule } from '../../src/analysis/rule.js';
import { reportSettingsTurnedOff } from '../../src/analysis/python/settings-writes.js';

export default defineRule({
  meta: {
    id: 'flask-wtf-csrf-disabled',
    title: 'Flask-WTF CSRF protection disabled',
    category: 'framework-security',
    cwe: ['CWE-352'],
    owasp: { '2021': ['A01:2021'], '2025': ['A01:2025'] },
    severity: 'high',
    riskScore: 7,
    confidence: 'medium',
    evidence: 'config',
    threat: 'integrity',
    timeline: '7-days',
    technology: ['flask', 'flask-wtf'],
    aliases: {},
    fixable: true,
    messages: {
      disabled:
        '`{{key}}` is false, so forms and views no longer check CSRF tokens; other sites can submit requests as the user.',
    },
    docs: {
      whatItDoes:
        'Flags `WTF_CSRF_ENABLED = False` or `WTF_CSRF_CHECK_DEFAULT = False` in Flask config (`app.config[...]`, `app.config.update(...)`) and in settings-style config modules.',
      whyBad:
        'Flask-WTF and CSRFProtect validate a per-session token on every POST. Disabling it (often to make tests pass) leaves every form open to cross-site request forgery when the setting reaches production.',
      businessImpact:
        'Attackers change account data, passwords or payment details of logged-in users from any website.',
      attackScenario:
        "A victim logged into the app visits the attacker's page, which auto-submits a hidden form to `/settings/email`; the app accepts it without a token.",
      example: 'app.config["WTF_CSRF_ENABLED"] = False',
      useInstead:
        'csrf = CSRFProtect(app)  # keep WTF_CSRF_ENABLED at its default (True); disable it only in the test config',
      testing:
        'POST a form without the csrf_token field in a production-like config and assert 400 "The CSRF token is missing".',
      knownProblems:
        'Test configurations that disable CSRF are reported too when they live outside test files; suppress them with a reason.',
      references: [
        'https://flask-wtf.readthedocs.io/en/stable/config/',
        'https://flask-wtf.readthedocs.io/en/stable/csrf/',
        'https://cwe.mitre.org/data/definitions/352.html',
      ],
    },
  },
  hints: ['WTF_CSRF_ENABLED', 'WTF_CSRF_CHECK_DEFAULT'],
  create(ctx) {
    if (ctx.file.isTest) return {};
    return reportSettingsTurnedOff(ctx, ['WTF_CSRF_ENABLED', 'WTF_CSRF_CHECK_DEFAULT'], 'disabled');
  },
});
