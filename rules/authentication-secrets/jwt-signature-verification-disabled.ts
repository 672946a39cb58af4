// jwt-signature-verification-disabled: JWTs decoded without checking their signature (PyJWT, python-jose).
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';

const DECODE = ['jwt.decode', 'jwt.api_jwt.decode', 'jose.jwt.decode', 'jwt.decode_complete'];

export default defineRule({
  meta: {
    id: 'jwt-signature-verification-disabled',
    title: 'JWT decoded without signature verification',
    category: 'authentication-secrets',
    cwe: ['CWE-347', 'CWE-345'],
    owasp: { '2021': ['A07:2021', 'A08:2021'], '2025': ['A07:2025', 'A08:2025'] },
    severity: 'critical',
    riskScore: 9,
    confidence: 'high',
    evidence: 'config',
    threat: 'integrity',
    timeline: 'immediate',
    technology: ['pyjwt', 'python-jose'],
    aliases: {},
    messages: {
      verifyFalse: '`{{fn}}` is called with verify=False: any forged token is accepted.',
      optionFalse: '`{{fn}}` is called with options verify_signature=False: any forged token is accepted.',
    },
    docs: {
      whatItDoes:
        'Flags `jwt.decode(..., verify=False)` (PyJWT 1.x) and `jwt.decode(..., options={"verify_signature": False})` (PyJWT 2, python-jose).',
      whyBad:
        'Without signature verification the claims (user id, roles, expiry) are whatever the client wrote: the token authenticates nothing.',
      businessImpact: 'Complete authentication bypass: anyone can impersonate any user, including administrators.',
      attackScenario:
        'The attacker base64-edits their own token to `{"sub": "admin", "role": "admin"}`, keeps any signature, and the API accepts it.',
      example: 'claims = jwt.decode(token, options={"verify_signature": False})',
      useInstead: 'claims = jwt.decode(token, key=PUBLIC_KEY, algorithms=["RS256"], audience="my-api")',
      testing:
        'Send a token signed with a different key and one with a modified payload; both must be rejected with 401.',
      knownProblems:
        'Reading the header of an untrusted token to pick a key is legitimate: use `jwt.get_unverified_header()` for that, which is not reported.',
      references: [
        'https://pyjwt.readthedocs.io/en/stable/usage.html#reading-the-claimset-without-validation',
        'https://cwe.mitre.org/data/definitions/347.html',
        'https://cheatsheetseries.owasp.org/cheatsheets/JSON_Web_Token_for_Java_Cheat_Sheet.html',
      ],
    },
  },
  hints: ['decode_complete', 'jwt'],
  create(ctx) {
    const check = (call: CallInfo) => {
      const fn = call.name ?? 'jwt.decode';
      const verify = call.kwarg('verify');
      if (verify && ctx.truthiness(verify) === false) {
        ctx.report({ node: call.node, messageId: 'verifyFalse', data: { fn } });
        return;
      }
      const options = ctx.staticValue(call.kwarg('options'));
      if (options instanceof Map && options.get('verify_signature') === false) {
        ctx.report({ node: call.node, messageId: 'optionFalse', data: { fn } });
      }
    };
    return { calls: Object.fromEntries(DECODE.map((name) => [name, check])) };
  },
});
