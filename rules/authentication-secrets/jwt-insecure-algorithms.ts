// jwt-insecure-algorithms: JWT decode with no algorithm allow-list, or one that admits "none".
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';

const DECODE = ['jwt.decode', 'jwt.api_jwt.decode', 'jwt.decode_complete', 'jose.jwt.decode'];
const ENCODE = ['jwt.encode', 'jwt.api_jwt.encode', 'jose.jwt.encode'];

export default defineRule({
  meta: {
    id: 'jwt-insecure-algorithms',
    title: 'JWT algorithm allow-list missing or allowing "none"',
    category: 'authentication-secrets',
    cwe: ['CWE-347', 'CWE-327'],
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
      missing:
        '`{{fn}}` verifies a signature without `algorithms=`: the token chooses its own algorithm (algorithm confusion).',
      none: '`{{fn}}` accepts the "none" algorithm: unsigned tokens pass verification.',
      encodeNone: '`{{fn}}` issues unsigned tokens (algorithm "none").',
    },
    docs: {
      whatItDoes:
        'Flags `jwt.decode` with a key but no `algorithms=` allow-list, allow-lists containing "none", and `jwt.encode(..., algorithm="none")`.',
      whyBad:
        "If the token header picks the algorithm, an attacker can send `alg: none` (no signature) or `alg: HS256` signed with the server's public RSA key, which the library then uses as an HMAC secret.",
      businessImpact: 'Authentication bypass and privilege escalation with forged tokens.',
      attackScenario:
        'The attacker fetches the public key from the JWKS endpoint, signs `{"sub":"admin"}` with HS256 using that public key as the secret, and a decode without an algorithm allow-list accepts it.',
      example: 'claims = jwt.decode(token, PUBLIC_KEY)',
      useInstead: 'claims = jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"])',
      testing: 'Send a token with `alg: none` and one HS256-signed with the public key; both must be rejected.',
      knownProblems:
        'PyJWT 2 raises when `algorithms` is missing, so on PyJWT 2 the "missing" case is a crash rather than a bypass; it is still reported because python-jose and PyJWT 1.x accept it.',
      references: [
        'https://pyjwt.readthedocs.io/en/stable/api.html#jwt.decode',
        'https://auth0.com/blog/critical-vulnerabilities-in-json-web-token-libraries/',
        'https://cwe.mitre.org/data/definitions/347.html',
      ],
    },
  },
  hints: ['decode_complete', 'jwt'],
  create(ctx) {
    const decode = (call: CallInfo) => {
      const fn = call.name ?? 'jwt.decode';
      const algorithms = call.kwarg('algorithms') ?? (call.name?.startsWith('jose.') ? call.arg(2) : undefined);
      if (algorithms) {
        if (admitsNone(ctx.staticValue(algorithms))) ctx.report({ node: call.node, messageId: 'none', data: { fn } });
        return;
      }
      const verifying =
        ctx.truthiness(call.kwarg('verify')) !== false && !disablesVerification(ctx.staticValue(call.kwarg('options')));
      const key: Node | undefined = call.argOrKwarg(1, 'key');
      if (verifying && key && !call.hasSplat) ctx.report({ node: call.node, messageId: 'missing', data: { fn } });
    };
    const encode = (call: CallInfo) => {
      const algorithm = ctx.staticString(call.argOrKwarg(2, 'algorithm'));
      if (algorithm?.toLowerCase() === 'none')
        ctx.report({ node: call.node, messageId: 'encodeNone', data: { fn: call.name ?? '' } });
    };
    return {
      calls: Object.fromEntries([
        ...DECODE.map((n) => [n, decode] as const),
        ...ENCODE.map((n) => [n, encode] as const),
      ]),
    };
  },
});

function admitsNone(value: unknown): boolean {
  const list = Array.isArray(value) ? value : [value];
  return list.some((v) => typeof v === 'string' && v.toLowerCase() === 'none');
}

function disablesVerification(options: unknown): boolean {
  return options instanceof Map && options.get('verify_signature') === false;
}
