// random-for-security: the `random` module's predictable generator producing tokens, passwords or keys (B311).
import { defineRule, type Fix } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { contextNames } from '../../src/analysis/python/context-names.js';
import { isSecurityName } from '../../src/analysis/python/secret-names.js';
import { replaceNode } from '../../src/analysis/python/fixes.js';

const FUNCTIONS = [
  'random',
  'randrange',
  'randint',
  'choice',
  'choices',
  'uniform',
  'triangular',
  'randbytes',
  'sample',
  'getrandbits',
  'shuffle',
  'Random',
];

/** A call Bandit B311 does not report and that hands back no drawn value; only reported in a security context. */
const NO_VALUE = new Set(['shuffle']);

export default defineRule({
  meta: {
    id: 'random-for-security',
    title: 'Predictable `random` used for a security value',
    category: 'cryptography',
    cwe: ['CWE-338', 'CWE-330'],
    owasp: { '2021': ['A02:2021'], '2025': ['A04:2025'] },
    severity: 'high',
    riskScore: 7,
    confidence: 'medium',
    evidence: 'config',
    threat: 'confidentiality',
    timeline: '7-days',
    aliases: { bandit: ['B311'], ruff: ['S311'] },
    fixable: true,
    messages: {
      predictable:
        '`{{fn}}` is a predictable Mersenne Twister, here used for `{{context}}`; use the `secrets` module or `random.SystemRandom()`.',
      general:
        '`{{fn}}` is a predictable generator: fine for simulations and sampling, never for tokens, keys or passwords.',
    },
    docs: {
      whatItDoes:
        "Flags calls to the `random` module's generator (random, randint, choice, choices, sample, getrandbits, …) whose result becomes a token, password, key, nonce, salt, OTP or similar: assigned to or passed as a security-named variable, or computed inside a security-named function.",
      whyBad:
        '`random` is a Mersenne Twister: after 624 observed 32-bit outputs the whole future and past sequence can be computed, and its default seed is guessable.',
      businessImpact:
        'Password-reset links, session ids, API keys and one-time codes can be predicted, allowing account takeover without any password.',
      attackScenario:
        'The attacker requests many reset tokens for their own account, reconstructs the generator state from them, and computes the token that was just mailed to the victim.',
      example: 'reset_token = "".join(random.choice(ALPHABET) for _ in range(32))',
      useInstead: 'reset_token = secrets.token_urlsafe(32)  # or "".join(secrets.choice(ALPHABET) for _ in range(32))',
      testing:
        'Assert the code path uses `secrets`/`SystemRandom` (e.g. patch `random.seed(0)` and check two runs still differ).',
      knownProblems:
        'Bandit B311 reports every `random` draw; so that users moving from Bandit lose nothing, draws outside a security-named context are still reported, but as a low-severity, low-confidence review note (not in test files, and not for `shuffle`, which returns no value to leak; the `Random` constructor is noted, as Bandit 1.9 reports it). A random value stored under a neutral name and used as a secret later is missed. The autofix rewrites `random.choice(x)` to `random.SystemRandom().choice(x)` (same API, OS entropy, no new import); `from random import choice` calls get no fix.',
      references: [
        'https://docs.python.org/3/library/random.html',
        'https://docs.python.org/3/library/secrets.html',
        'https://cwe.mitre.org/data/definitions/338.html',
      ],
    },
  },
  hints: [
    'Random',
    'choice',
    'getrandbits',
    'randbytes',
    'randint',
    'random',
    'randrange',
    'sample',
    'shuffle',
    'triangular',
    'uniform',
  ],
  create(ctx) {
    const check = (call: CallInfo) => {
      const context = contextNames(call.node).find(isSecurityName);
      if (!context) {
        if (!ctx.file.isTest && !NO_VALUE.has(call.method ?? '')) {
          ctx.report({
            node: call.node,
            messageId: 'general',
            data: { fn: call.name ?? 'random' },
            severity: 'low',
            confidence: 'low',
            evidence: 'pattern',
          });
        }
        return;
      }
      const fix = systemRandomFix(call);
      ctx.report({
        node: call.node,
        messageId: 'predictable',
        data: { fn: call.name ?? 'random', context },
        ...(ctx.file.isTest ? { severity: 'low' as const } : {}),
        ...(fix ? { fix } : {}),
      });
    };
    return { calls: Object.fromEntries(FUNCTIONS.map((f) => [`random.${f}`, check])) };
  },
});

/** `random.choice(x)` → `random.SystemRandom().choice(x)`; `random.Random()` → `random.SystemRandom()`. */
function systemRandomFix(call: CallInfo): Fix | undefined {
  const receiver = call.receiver;
  const attribute = call.callee.childForFieldName('attribute');
  if (!receiver || !attribute || receiver.type !== 'identifier') return undefined;
  const text = call.method === 'Random' ? 'SystemRandom' : `SystemRandom().${attribute.text}`;
  return {
    description: "Draw from the operating system's CSPRNG (random.SystemRandom).",
    edits: [replaceNode(attribute, text)],
  };
}
