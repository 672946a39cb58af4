// hardcoded-secret-fallback: `os.getenv("SECRET_KEY", "dev-secret")`: a literal used whenever the variable is unset.
import { defineRule, secretsIn } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { isSecretName } from '../../src/analysis/python/secret-names.js';
import { isNonSecretValue } from '../../src/analysis/python/secret-values.js';
import { literalText, preview } from '../../src/analysis/python/hardcoded-secret.js';

export default defineRule({
  meta: {
    id: 'hardcoded-secret-fallback',
    title: 'Hard-coded fallback for a secret environment variable',
    category: 'authentication-secrets',
    cwe: ['CWE-798', 'CWE-1188'],
    owasp: { '2021': ['A07:2021', 'A05:2021'], '2025': ['A07:2025', 'A02:2025'] },
    severity: 'high',
    riskScore: 7,
    confidence: 'high',
    evidence: 'config',
    threat: 'confidentiality',
    timeline: '7-days',
    aliases: {},
    messages: {
      fallback:
        '`{{fn}}("{{variable}}", …)` falls back to a hard-coded secret (\'{{preview}}\') when the variable is unset; fail instead.',
    },
    docs: {
      whatItDoes:
        'Flags `os.getenv(NAME, default)`, `os.environ.get(NAME, default)` and `os.environ.setdefault(NAME, default)` where NAME is a secret (SECRET_KEY, DB_PASSWORD, API_TOKEN …) and the default is a literal credential.',
      whyBad:
        'A deployment that forgets the variable silently runs with the public default: Django/Flask sessions signed with a known SECRET_KEY can be forged, databases open with a known password.',
      businessImpact:
        'Forged sessions and admin access on any environment where configuration was incomplete, typically staging systems that still hold production data.',
      attackScenario:
        'The attacker reads `SECRET_KEY = os.getenv("SECRET_KEY", "dev-insecure-key")` on GitHub, signs a Flask session cookie `{"user_id": 1}` with it and is logged in as the first (admin) user on a server where the variable was never set.',
      example: 'SECRET_KEY = os.getenv("SECRET_KEY", "dev-insecure-key")',
      useInstead: 'SECRET_KEY = os.environ["SECRET_KEY"]  # KeyError at start-up when it is missing',
      testing: 'Start the application without the variable and assert it refuses to start.',
      knownProblems:
        'Empty and placeholder defaults ("", "${SECRET}", "****") are skipped; weak defaults such as "changeme" are reported. Test files report low.',
      references: [
        'https://cwe.mitre.org/data/definitions/1188.html',
        'https://docs.djangoproject.com/en/stable/ref/settings/#secret-key',
        'https://flask.palletsprojects.com/en/stable/config/#SECRET_KEY',
      ],
    },
  },
  hints: ['environ', 'getenv', 'setdefault'],
  create(ctx) {
    const check = (call: CallInfo) => {
      const variable = ctx.staticString(call.argOrKwarg(0, 'key'));
      const fallback = call.argOrKwarg(1, 'default');
      const value = literalText(ctx.staticValue(fallback));
      if (!variable || value === undefined || !isSecretName(variable) || isNonSecretValue(value, variable)) return;
      ctx.report({
        node: call.node,
        messageId: 'fallback',
        data: { fn: call.name ?? 'os.getenv', variable, preview: preview(value) },
        ...secretsIn(fallback),
        ...(ctx.file.isTest ? { severity: 'low' as const } : {}),
      });
    };
    return { calls: { 'os.getenv': check, 'os.environ.get': check, 'os.environ.setdefault': check } };
  },
});
