// session-lifetime-excessive: sessions or remember-me cookies that stay valid for months (Django, Flask).
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule, type RuleContext } from '../../src/analysis/rule.js';
import { settingWrites } from '../../src/analysis/python/settings-writes.js';

const KEYS = ['SESSION_COOKIE_AGE', 'PERMANENT_SESSION_LIFETIME', 'REMEMBER_COOKIE_DURATION'];
const MAX_DAYS = 30;
const DAY = 86400;
/** timedelta's parameters in positional order, in seconds. */
const TIMEDELTA_UNITS: [string, number][] = [
  ['days', DAY],
  ['seconds', 1],
  ['microseconds', 1e-6],
  ['milliseconds', 1e-3],
  ['minutes', 60],
  ['hours', 3600],
  ['weeks', 7 * DAY],
];

export default defineRule({
  meta: {
    id: 'session-lifetime-excessive',
    title: 'Session lifetime longer than 30 days',
    category: 'session-management',
    cwe: ['CWE-613'],
    owasp: { '2021': ['A07:2021'], '2025': ['A07:2025'] },
    severity: 'low',
    riskScore: 3,
    confidence: 'high',
    evidence: 'config',
    threat: 'confidentiality',
    timeline: '30-days',
    technology: ['django', 'flask', 'flask-login'],
    aliases: {},
    messages: {
      long: '`{{key}}` keeps sessions valid for {{days}} days; a stolen session cookie stays useful for that long.',
    },
    docs: {
      whatItDoes:
        'Flags `SESSION_COOKIE_AGE` (seconds), `PERMANENT_SESSION_LIFETIME` and `REMEMBER_COOKIE_DURATION` (seconds or `timedelta`) above 30 days, in Django settings modules and Flask config.',
      whyBad:
        'Session expiry bounds the damage of a stolen or forgotten session. Month-long sessions survive password changes on other devices, shared computers and leaked cookies.',
      businessImpact:
        'Account takeover windows measured in months; non-compliance with session timeout requirements (PCI DSS 8.2.8, ASVS 3.3).',
      attackScenario:
        'A session cookie leaks through a proxy log; a year later the attacker replays it and is still logged in as the user.',
      example: 'PERMANENT_SESSION_LIFETIME = timedelta(days=365)',
      useInstead: 'PERMANENT_SESSION_LIFETIME = timedelta(hours=12)  # re-authenticate for sensitive actions',
      testing: 'Log in, advance the clock past the intended lifetime (freezegun), and assert the session is rejected.',
      knownProblems:
        'Idle timeouts implemented in middleware are not seen. The 30-day bound is a default; remember-me cookies for low-risk apps may justify longer.',
      references: [
        'https://docs.djangoproject.com/en/stable/ref/settings/#session-cookie-age',
        'https://flask.palletsprojects.com/en/stable/config/#PERMANENT_SESSION_LIFETIME',
        'https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#session-expiration',
        'https://cwe.mitre.org/data/definitions/613.html',
      ],
    },
  },
  hints: [...KEYS, '.permanent_session_lifetime'],
  create(ctx) {
    return settingWrites(ctx, KEYS, { settings: true, config: true }, (write) => {
      const seconds = durationSeconds(ctx, write.value);
      if (seconds === undefined || seconds <= MAX_DAYS * DAY) return;
      ctx.report({ node: write.node, messageId: 'long', data: { key: write.key, days: Math.round(seconds / DAY) } });
    });
  },
});

/** Seconds of a number or a `timedelta(...)` with constant arguments. */
function durationSeconds(ctx: RuleContext, value: Node): number | undefined {
  const constant = ctx.staticValue(value);
  if (typeof constant === 'number') return constant;
  if (value.type !== 'call') return undefined;
  const call = ctx.call(value);
  if (call.name !== 'datetime.timedelta' && call.name !== 'timedelta') return undefined;
  let total = 0;
  for (const [index, [unit, scale]] of TIMEDELTA_UNITS.entries()) {
    const arg = call.argOrKwarg(index, unit);
    if (!arg) continue;
    const n = ctx.staticValue(arg);
    if (typeof n !== 'number') return undefined;
    total += n * scale;
  }
  return total;
}
