// jwt-expiry-check-disabled: JWTs decoded with the expiry (exp) check turned off.
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { removeArgument } from '../../src/analysis/python/fixes.js';

const DECODE = ['jwt.decode', 'jwt.api_jwt.decode', 'jwt.decode_complete', 'jose.jwt.decode'];

export default defineRule({
  meta: {
    id: 'jwt-expiry-check-disabled',
    title: 'JWT expiry check disabled',
    category: 'authentication-secrets',
    cwe: ['CWE-613', 'CWE-298'],
    owasp: { '2021': ['A07:2021'], '2025': ['A07:2025'] },
    severity: 'medium',
    riskScore: 6,
    confidence: 'high',
    evidence: 'config',
    threat: 'integrity',
    timeline: '7-days',
    technology: ['pyjwt', 'python-jose'],
    aliases: {},
    fixable: true,
    messages: {
      exp: '`{{fn}}` is called with verify_exp disabled: stolen or revoked tokens stay valid forever.',
    },
    docs: {
      whatItDoes:
        'Flags `jwt.decode(..., options={"verify_exp": False})` (PyJWT, python-jose) and PyJWT 1.x `verify_expiration=False`.',
      whyBad:
        'Expiry is what limits the damage of a leaked token; without it a token copied from a log or browser works until the signing key is rotated.',
      businessImpact:
        'Long-lived account takeover from any leaked token; logout and session timeouts become meaningless.',
      attackScenario:
        'A token leaks into a proxy log; months later the attacker replays it and is still authenticated because the service never checks `exp`.',
      example: 'jwt.decode(token, KEY, algorithms=["HS256"], options={"verify_exp": False})',
      useInstead: 'jwt.decode(token, KEY, algorithms=["HS256"], options={"require": ["exp"]}, leeway=30)',
      testing: 'Decode a token whose exp is in the past and assert `jwt.ExpiredSignatureError` is raised.',
      knownProblems:
        'Refresh flows that read an expired token on purpose are reported; suppress with a reason if they check another bound (issued-at, refresh-token binding).',
      references: [
        'https://pyjwt.readthedocs.io/en/stable/usage.html#expiration-time-claim-exp',
        'https://cwe.mitre.org/data/definitions/613.html',
      ],
    },
  },
  hints: ['decode_complete', 'jwt'],
  create(ctx) {
    const check = (call: CallInfo) => {
      const fn = call.name ?? 'jwt.decode';
      const options = ctx.staticValue(call.kwarg('options'));
      const legacy = call.kwarg('verify_expiration');
      if (options instanceof Map && options.get('verify_exp') === false) {
        ctx.report({ node: call.node, messageId: 'exp', data: { fn } });
      } else if (legacy && ctx.truthiness(legacy) === false) {
        const fix = {
          description: 'Drop verify_expiration=False (expiry is checked by default).',
          edits: [removeArgument(legacy, ctx.source)],
        };
        ctx.report({ node: call.node, messageId: 'exp', data: { fn }, fix });
      }
    };
    return { calls: Object.fromEntries(DECODE.map((name) => [name, check])) };
  },
});
