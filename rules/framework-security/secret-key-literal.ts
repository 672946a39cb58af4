// secret-key-literal: a Django/Flask SECRET_KEY written into the source instead of read from the environment.
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule, type RuleContext, secretsIn } from '../../src/analysis/rule.js';
import { isDevSettingsPath } from '../../src/analysis/python/source-hints.js';
import { settingWrites } from '../../src/analysis/python/settings-writes.js';

const ENV_GETTERS = new Set([
  'os.environ.get',
  'os.getenv',
  'os.environ.setdefault',
  'environ.get',
  'env',
  'env.str',
  'config',
  'decouple.config',
]);

export default defineRule({
  meta: {
    id: 'secret-key-literal',
    title: 'Framework SECRET_KEY hard-coded',
    category: 'framework-security',
    cwe: ['CWE-798', 'CWE-321'],
    owasp: { '2021': ['A07:2021', 'A05:2021'], '2025': ['A07:2025', 'A02:2025'] },
    severity: 'high',
    riskScore: 8,
    confidence: 'high',
    evidence: 'config',
    threat: 'integrity',
    timeline: 'immediate',
    technology: ['django', 'flask'],
    aliases: {},
    messages: {
      literal:
        '`{{key}}` is a literal in the source; anyone with the code can forge sessions, signed cookies and reset tokens.',
      fallback:
        '`{{key}}` falls back to a literal when the environment variable is missing; fail instead of using a known key.',
    },
    docs: {
      whatItDoes:
        'Flags `SECRET_KEY = "…"` in settings modules, and `app.secret_key = "…"`, `app.config["SECRET_KEY"] = "…"` or `app.config.update(SECRET_KEY="…")` in Flask apps, plus environment lookups with a literal default.',
      whyBad:
        'The secret key signs sessions, cookies, CSRF and password-reset tokens. A key in the repository is known to everyone with read access, forks, CI logs and backups, and Django/Flask sessions signed with it can be forged.',
      businessImpact:
        'Account takeover of any user (including administrators) by forging session cookies; with pickle-based session serializers, remote code execution.',
      attackScenario:
        'The attacker finds the key in a public fork, signs a session cookie with `_auth_user_id=1` using itsdangerous/Django signing, and is logged in as the first administrator.',
      example: 'SECRET_KEY = "django-insecure-9x!w..."',
      useInstead: 'SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]  # KeyError at start-up when it is missing',
      testing:
        'Start the app without the environment variable and assert it refuses to start; grep the repository history for the old key and rotate it.',
      knownProblems:
        'Settings named dev/local/test are reported with low severity. Values from helper functions are not evaluated.',
      references: [
        'https://docs.djangoproject.com/en/stable/ref/settings/#secret-key',
        'https://flask.palletsprojects.com/en/stable/config/#SECRET_KEY',
        'https://cwe.mitre.org/data/definitions/798.html',
      ],
    },
  },
  hints: ['SECRET_KEY', '.secret_key'],
  create(ctx) {
    const dev = isDevSettingsPath(ctx.file.path);
    return settingWrites(ctx, ['SECRET_KEY'], { settings: true, config: true }, (write) => {
      const verdict = classify(ctx, write.value);
      if (!verdict) return;
      ctx.report({
        node: write.node,
        messageId: verdict,
        data: { key: write.key },
        ...secretsIn(
          write.value,
          write.value.type === 'call' ? ctx.call(write.value).argOrKwarg(1, 'default') : undefined,
        ),
        ...(dev
          ? { severity: 'low' as const, confidence: 'low' as const }
          : verdict === 'fallback'
            ? { severity: 'medium' as const }
            : {}),
      });
    });
  },
});

/** 'literal' for a non-empty constant, 'fallback' for `os.environ.get("X", "literal")`, else undefined. */
function classify(ctx: RuleContext, value: Node): 'literal' | 'fallback' | undefined {
  if (value.type === 'call') {
    const call = ctx.call(value);
    if (!ENV_GETTERS.has(call.name ?? '')) return undefined;
    const fallback = ctx.staticString(call.argOrKwarg(1, 'default'));
    return fallback && fallback.trim().length >= 8 ? 'fallback' : undefined;
  }
  const constant = ctx.staticValue(value);
  const text =
    typeof constant === 'string'
      ? constant
      : constant && typeof constant === 'object' && 'bytes' in constant
        ? constant.bytes
        : undefined;
  return text !== undefined && text.trim().length > 0 ? 'literal' : undefined;
}
