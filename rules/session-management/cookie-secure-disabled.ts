// cookie-secure-disabled: session/CSRF/remember-me cookies configured without the Secure flag (Django, Flask).
import { defineRule } from '../../src/analysis/rule.js';
import { reportSettingsTurnedOff } from '../../src/analysis/python/settings-writes.js';

const KEYS = ['SESSION_COOKIE_SECURE', 'CSRF_COOKIE_SECURE', 'REMEMBER_COOKIE_SECURE'];

export default defineRule({
  meta: {
    id: 'cookie-secure-disabled',
    title: 'Session or CSRF cookie without the Secure flag',
    category: 'session-management',
    cwe: ['CWE-614', 'CWE-319'],
    owasp: { '2021': ['A05:2021', 'A02:2021'], '2025': ['A02:2025', 'A04:2025'] },
    severity: 'medium',
    riskScore: 6,
    confidence: 'high',
    evidence: 'config',
    threat: 'confidentiality',
    timeline: '7-days',
    technology: ['django', 'flask', 'flask-login'],
    aliases: {},
    fixable: true,
    messages: {
      insecure:
        '`{{key}}` is false, so the cookie is also sent over plain HTTP where anyone on the network can read it.',
    },
    docs: {
      whatItDoes:
        'Flags `SESSION_COOKIE_SECURE`, `CSRF_COOKIE_SECURE` or `REMEMBER_COOKIE_SECURE` set to a false value in Django settings modules or Flask config.',
      whyBad:
        'Without the Secure attribute the browser sends the cookie on `http://` requests too, including ones an attacker provokes (an `<img src="http://…">`), exposing the session identifier in clear text.',
      businessImpact: 'Session hijacking: the attacker becomes the user without knowing the password.',
      attackScenario:
        'On shared Wi-Fi the attacker injects a request to `http://app.example/`; the browser attaches the session cookie, which the attacker sniffs and replays.',
      example: 'SESSION_COOKIE_SECURE = False',
      useInstead: 'SESSION_COOKIE_SECURE = True\nCSRF_COOKIE_SECURE = True',
      testing:
        'Log in over HTTPS and inspect `Set-Cookie`: it must carry `Secure`. `manage.py check --deploy` reports W012/W016 otherwise.',
      knownProblems:
        'Only explicit false values are reported (Django and Flask default to false too, but omitting the setting is common in base settings that production overrides). Development settings are reported at low severity.',
      references: [
        'https://docs.djangoproject.com/en/stable/ref/settings/#session-cookie-secure',
        'https://flask.palletsprojects.com/en/stable/security/#set-cookie-options',
        'https://cwe.mitre.org/data/definitions/614.html',
      ],
    },
  },
  hints: KEYS,
  create(ctx) {
    return reportSettingsTurnedOff(ctx, KEYS, 'insecure', { lowInDevSettings: true });
  },
});
