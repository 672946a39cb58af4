// rsa-weak-public-exponent: RSA keys generated with a tiny public exponent (e=3) or an even/one exponent.
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { replaceNode } from '../../src/analysis/python/fixes.js';

/** Call → [positional index, keyword] of the public exponent. */
const EXPONENT: Record<string, [number, string]> = {
  'cryptography.hazmat.primitives.asymmetric.rsa.generate_private_key': [0, 'public_exponent'],
  'Crypto.PublicKey.RSA.generate': [2, 'e'],
  'Cryptodome.PublicKey.RSA.generate': [2, 'e'],
  'rsa.newkeys': [-1, 'exponent'],
};

export default defineRule({
  meta: {
    id: 'rsa-weak-public-exponent',
    title: 'RSA key with a weak public exponent',
    category: 'cryptography',
    cwe: ['CWE-326', 'CWE-1240'],
    owasp: { '2021': ['A02:2021'], '2025': ['A04:2025'] },
    severity: 'medium',
    riskScore: 5,
    confidence: 'high',
    evidence: 'config',
    threat: 'confidentiality',
    timeline: '30-days',
    technology: ['cryptography', 'pycryptodome'],
    aliases: {},
    fixable: true,
    messages: {
      exponent: 'RSA public exponent {{e}} is weak; use 65537.',
    },
    docs: {
      whatItDoes:
        'Flags RSA key generation with a constant public exponent other than 65537 that is below 65537 (typically 3).',
      whyBad:
        "With e=3, small or related messages encrypted without proper padding can be recovered by a cube root or Coppersmith's attack, and signature verification bugs (Bleichenbacher 2006) become exploitable.",
      businessImpact: 'Forged signatures or decrypted messages when any padding or verification detail is imperfect.',
      attackScenario:
        'A service verifies PKCS#1 v1.5 signatures loosely; with e=3 the attacker forges a signature for any message by computing a cube root, without the private key.',
      example: 'key = rsa.generate_private_key(public_exponent=3, key_size=2048)',
      useInstead: 'key = rsa.generate_private_key(public_exponent=65537, key_size=3072)',
      testing: 'Assert `key.public_key().public_numbers().e == 65537`.',
      knownProblems:
        "The autofix replaces a literal exponent with 65537 (new keys only). Bandit's own example uses e=3 with a 4096-bit key (reported by this rule, not by weak-cryptographic-key).",
      references: [
        'https://cryptography.io/en/latest/hazmat/primitives/asymmetric/rsa/#cryptography.hazmat.primitives.asymmetric.rsa.generate_private_key',
        'https://cwe.mitre.org/data/definitions/326.html',
      ],
    },
  },
  hints: ['Cryptodome', 'PublicKey', 'generate_private_key', 'newkeys'],
  create(ctx) {
    const check = (call: CallInfo) => {
      const [index, keyword] = EXPONENT[call.name ?? ''] ?? [0, 'public_exponent'];
      const node = call.kwarg(keyword) ?? (index >= 0 ? call.arg(index) : undefined);
      const e = ctx.staticValue(node);
      if (typeof e !== 'number' || e >= 65537) return;
      const fix =
        node?.type === 'integer'
          ? { description: 'Use the standard exponent 65537.', edits: [replaceNode(node, '65537')] }
          : undefined;
      ctx.report({ node: call.node, messageId: 'exponent', data: { e }, ...(fix ? { fix } : {}) });
    };
    return { calls: Object.fromEntries(Object.keys(EXPONENT).map((name) => [name, check])) };
  },
});
