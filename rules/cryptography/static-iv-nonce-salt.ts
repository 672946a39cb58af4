// static-iv-nonce-salt: constant IVs, nonces and salts passed to ciphers and key-derivation functions.
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule, type RuleContext } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';

const MODES = 'cryptography.hazmat.primitives.ciphers.modes';
/** Call → [positional index, keyword, what it is]. */
const SLOTS: Record<string, [number, string, string][]> = {
  [`${MODES}.CBC`]: [[0, 'initialization_vector', 'IV']],
  [`${MODES}.CFB`]: [[0, 'initialization_vector', 'IV']],
  [`${MODES}.OFB`]: [[0, 'initialization_vector', 'IV']],
  [`${MODES}.CTR`]: [[0, 'nonce', 'nonce']],
  [`${MODES}.GCM`]: [[0, 'initialization_vector', 'IV']],
  'hashlib.pbkdf2_hmac': [[2, 'salt', 'salt']],
  'hashlib.scrypt': [[-1, 'salt', 'salt']],
  'cryptography.hazmat.primitives.kdf.pbkdf2.PBKDF2HMAC': [[2, 'salt', 'salt']],
  'cryptography.hazmat.primitives.kdf.scrypt.Scrypt': [[0, 'salt', 'salt']],
  'cryptography.hazmat.primitives.kdf.hkdf.HKDF': [[-1, 'salt', 'salt']],
  'bcrypt.hashpw': [[1, 'salt', 'salt']],
  ...Object.fromEntries(
    ['AES', 'DES3', 'ChaCha20', 'ChaCha20_Poly1305', 'Salsa20'].flatMap((c) => [
      [
        `Crypto.Cipher.${c}.new`,
        [
          [2, 'iv', 'IV'],
          [-1, 'nonce', 'nonce'],
          [-1, 'IV', 'IV'],
        ],
      ],
      [
        `Cryptodome.Cipher.${c}.new`,
        [
          [2, 'iv', 'IV'],
          [-1, 'nonce', 'nonce'],
          [-1, 'IV', 'IV'],
        ],
      ],
    ]),
  ),
};

export default defineRule({
  meta: {
    id: 'static-iv-nonce-salt',
    title: 'Constant IV, nonce or salt',
    category: 'cryptography',
    cwe: ['CWE-329', 'CWE-323', 'CWE-760'],
    owasp: { '2021': ['A02:2021'], '2025': ['A04:2025'] },
    severity: 'high',
    riskScore: 7,
    confidence: 'high',
    evidence: 'config',
    threat: 'confidentiality',
    timeline: '7-days',
    technology: ['cryptography', 'pycryptodome', 'hashlib', 'bcrypt'],
    aliases: {},
    messages: {
      constant:
        'The {{what}} passed to `{{fn}}` is a constant; generate a fresh random one per message/password (os.urandom).',
    },
    docs: {
      whatItDoes:
        'Flags literal bytes/strings (or module constants holding them) passed as the IV, nonce or salt of cryptography modes (CBC, CTR, GCM …), PyCryptodome ciphers, AEAD `encrypt(nonce, …)`, PBKDF2, scrypt, HKDF and bcrypt.hashpw.',
      whyBad:
        'A reused nonce in CTR/GCM/ChaCha20 reveals the XOR of plaintexts and, for GCM, lets the attacker forge messages; a fixed CBC IV leaks equal prefixes; a fixed salt lets one precomputed table crack every password.',
      businessImpact: 'Encrypted data can be decrypted or forged, and password hashes cracked in bulk after a breach.',
      attackScenario:
        'Two cookies encrypted with AES-GCM under the same key and constant nonce are XORed by the attacker to recover both plaintexts, then the GHASH key is recovered to forge an admin cookie.',
      example: 'cipher = Cipher(algorithms.AES(key), modes.GCM(b"\\x00" * 12))',
      useInstead:
        'nonce = os.urandom(12)\ncipher = Cipher(algorithms.AES(key), modes.GCM(nonce))  # store the nonce with the ciphertext',
      testing:
        'Encrypt the same plaintext twice and assert the ciphertexts (and stored nonces) differ; hash the same password twice and assert the hashes differ.',
      knownProblems: 'Test vectors in test files are reported low. Values computed at run time are assumed random.',
      references: [
        'https://cryptography.io/en/latest/hazmat/primitives/symmetric-encryption/#modes',
        'https://cwe.mitre.org/data/definitions/329.html',
        'https://cwe.mitre.org/data/definitions/760.html',
      ],
    },
  },
  hints: ['ChaCha20', 'Cipher', 'Cryptodome', 'Salsa20', 'cryptography', 'encrypt', 'hashpw', 'pbkdf2_hmac', 'scrypt'],
  create(ctx) {
    const check = (call: CallInfo) => {
      for (const [index, keyword, what] of SLOTS[call.name ?? ''] ?? []) {
        const node = call.kwarg(keyword) ?? (index >= 0 ? call.arg(index) : undefined);
        if (isConstantBytes(ctx, node)) return report(ctx, call, what);
      }
    };
    const aead = (call: CallInfo) => {
      // AESGCM/ChaCha20Poly1305/AESCCM(key).encrypt(nonce, data, associated_data): three arguments, nonce first.
      if (call.positional.length === 3 && isConstantBytes(ctx, call.arg(0))) report(ctx, call, 'nonce');
    };
    return { calls: { ...Object.fromEntries(Object.keys(SLOTS).map((name) => [name, check])), '*.encrypt': aead } };
  },
});

function isConstantBytes(ctx: RuleContext, node: Node | undefined): boolean {
  if (!node || node.type === 'none') return false;
  if (node.type === 'binary_operator' && node.childForFieldName('operator')?.type === '*') {
    // b"\x00" * 12: the static evaluator repeats str but not bytes.
    return (
      isConstantBytes(ctx, node.childForFieldName('left') ?? undefined) &&
      typeof ctx.staticValue(node.childForFieldName('right')) === 'number'
    );
  }
  const value = ctx.staticValue(node);
  return (
    (typeof value === 'string' && value.length > 0) || (value !== null && typeof value === 'object' && 'bytes' in value)
  );
}

function report(ctx: RuleContext, call: CallInfo, what: string): void {
  ctx.report({
    node: call.node,
    messageId: 'constant',
    data: { what, fn: call.name ?? call.method ?? 'encrypt' },
    ...(ctx.file.isTest ? { severity: 'low' as const } : {}),
  });
}
