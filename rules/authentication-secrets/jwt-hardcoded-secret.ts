// jwt-hardcoded-secret: JWTs signed or verified with an HMAC secret written in the source.
import { defineRule, secretsIn } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { isPlaceholderValue } from '../../src/analysis/python/secret-values.js';
import { preview } from '../../src/analysis/python/hardcoded-secret.js';

const CALLS = [
  'jwt.encode',
  'jwt.decode',
  'jwt.api_jwt.encode',
  'jwt.api_jwt.decode',
  'jwt.decode_complete',
  'jose.jwt.encode',
  'jose.jwt.decode',
];

export default defineRule({
  meta: {
    id: 'jwt-hardcoded-secret',
    title: 'JWT signed with a hard-coded secret',
    category: 'authentication-secrets',
    cwe: ['CWE-798', 'CWE-321'],
    owasp: { '2021': ['A07:2021', 'A02:2021'], '2025': ['A07:2025', 'A04:2025'] },
    severity: 'high',
    riskScore: 8,
    confidence: 'high',
    evidence: 'config',
    threat: 'integrity',
    timeline: 'immediate',
    technology: ['pyjwt', 'python-jose'],
    aliases: {},
    messages: {
      literal: "`{{fn}}` uses a hard-coded signing key ('{{preview}}'); anyone with the source can mint valid tokens.",
    },
    docs: {
      whatItDoes:
        'Flags `jwt.encode`/`jwt.decode` (PyJWT, python-jose) whose key argument is a string or bytes literal or a module constant holding one.',
      whyBad:
        'With HS256 the same secret signs and verifies: whoever reads it from the repository can issue tokens for any user. Short literal secrets can also be brute-forced offline from one captured token.',
      businessImpact:
        'Authentication bypass across every environment that shares the key, until it is rotated everywhere.',
      attackScenario:
        'The attacker finds `SECRET = "supersecret"` in a public fork and signs `{"sub": "admin"}` with it; the API accepts the token.',
      example: 'token = jwt.encode(claims, "supersecret", algorithm="HS256")',
      useInstead:
        'token = jwt.encode(claims, os.environ["JWT_SIGNING_KEY"], algorithm="HS256")  # >= 32 random bytes, or RS256/EdDSA keys from a KMS',
      testing:
        'Start the service without the environment variable and assert it refuses to start; verify tokens signed with the old literal are rejected after rotation.',
      knownProblems: 'Empty and placeholder values are not reported. Test files report low.',
      references: [
        'https://pyjwt.readthedocs.io/en/stable/usage.html',
        'https://cwe.mitre.org/data/definitions/321.html',
        'https://datatracker.ietf.org/doc/html/rfc8725#section-3.5',
      ],
    },
  },
  hints: ['decode_complete', 'jwt'],
  create(ctx) {
    const check = (call: CallInfo) => {
      const key = call.argOrKwarg(1, 'key');
      const value = ctx.staticValue(key);
      const text =
        typeof value === 'string'
          ? value
          : value && typeof value === 'object' && 'bytes' in value
            ? value.bytes
            : undefined;
      if (!key || text === undefined || isPlaceholderValue(text)) return;
      ctx.report({
        node: call.node,
        messageId: 'literal',
        data: { fn: call.name ?? 'jwt', preview: preview(text) },
        ...secretsIn(key),
        ...(ctx.file.isTest ? { severity: 'low' as const } : {}),
      });
    };
    return { calls: Object.fromEntries(CALLS.map((name) => [name, check])) };
  },
});
