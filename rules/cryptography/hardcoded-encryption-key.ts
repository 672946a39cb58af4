// hardcoded-encryption-key: Fernet, AES, ChaCha20 and HMAC keys written as literals in the source.
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule, type RuleContext, secretsIn } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { isPlaceholderValue } from '../../src/analysis/python/secret-values.js';

const AEAD = 'cryptography.hazmat.primitives.ciphers.aead';
/** Call → [positional index, keyword] of its key. */
const KEYED: Record<string, [number, string]> = {
  'cryptography.fernet.Fernet': [0, 'key'],
  [`${AEAD}.AESGCM`]: [0, 'key'],
  [`${AEAD}.AESCCM`]: [0, 'key'],
  [`${AEAD}.AESSIV`]: [0, 'key'],
  [`${AEAD}.AESOCB3`]: [0, 'key'],
  [`${AEAD}.ChaCha20Poly1305`]: [0, 'key'],
  'cryptography.hazmat.primitives.ciphers.algorithms.AES': [0, 'key'],
  'cryptography.hazmat.primitives.ciphers.algorithms.ChaCha20': [0, 'key'],
  'cryptography.hazmat.primitives.hmac.HMAC': [0, 'key'],
  'hmac.new': [0, 'key'],
  'hmac.digest': [0, 'key'],
  'Crypto.Cipher.AES.new': [0, 'key'],
  'Cryptodome.Cipher.AES.new': [0, 'key'],
  'Crypto.Cipher.ChaCha20_Poly1305.new': [-1, 'key'],
  'Cryptodome.Cipher.ChaCha20_Poly1305.new': [-1, 'key'],
  'nacl.secret.SecretBox': [0, 'key'],
};

export default defineRule({
  meta: {
    id: 'hardcoded-encryption-key',
    title: 'Hard-coded encryption or HMAC key',
    category: 'cryptography',
    cwe: ['CWE-321', 'CWE-798'],
    owasp: { '2021': ['A02:2021'], '2025': ['A04:2025'] },
    severity: 'high',
    riskScore: 8,
    confidence: 'high',
    evidence: 'config',
    threat: 'confidentiality',
    timeline: 'immediate',
    technology: ['cryptography', 'pycryptodome', 'pynacl', 'hmac'],
    aliases: {},
    messages: {
      literal:
        '`{{fn}}` is given a key written in the source; anyone with the code can decrypt or forge. Load it from a KMS or secret store.',
    },
    docs: {
      whatItDoes:
        'Flags Fernet, AES-GCM/CCM/SIV/OCB, ChaCha20(-Poly1305), PyCryptodome AES, PyNaCl SecretBox and HMAC keys given as bytes/str literals or module constants holding them.',
      whyBad:
        'Encryption is only as secret as its key: a key in the repository is shared with every developer, CI system and leaked copy, and cannot be rotated per environment.',
      businessImpact:
        'Encrypted PII, tokens and backups become readable and forgeable by anyone who obtains the source.',
      attackScenario:
        'A former contractor still has a clone with `Fernet(b"q8Zt…=")`; after obtaining a database backup they decrypt every stored credit card token.',
      example: 'f = Fernet(b"q8Zt3Kp9Lm2Vx7Rn4WcYb6Tf1Gh5Jk0AbCdEfGhIjK=")',
      useInstead:
        'f = Fernet(os.environ["FERNET_KEY"])  # generated with Fernet.generate_key(), stored in a secret manager',
      testing:
        'Rotate the key (MultiFernet for Fernet), re-encrypt the data, and verify the old literal no longer decrypts production data.',
      knownProblems:
        'Test vectors in test files are reported low. Keys read from files or derived at run time are not reported.',
      references: [
        'https://cryptography.io/en/latest/fernet/',
        'https://cwe.mitre.org/data/definitions/321.html',
        'https://cheatsheetseries.owasp.org/cheatsheets/Cryptographic_Storage_Cheat_Sheet.html#key-management',
      ],
    },
  },
  hints: ['ChaCha20Poly1305', 'ChaCha20_Poly1305', 'Cipher', 'Cryptodome', 'SecretBox', 'cryptography', 'hmac'],
  create(ctx) {
    const check = (call: CallInfo) => {
      const [index, keyword] = KEYED[call.name ?? ''] ?? [0, 'key'];
      const key = call.kwarg(keyword) ?? (index >= 0 ? call.arg(index) : undefined);
      if (!isLiteralKey(ctx, key)) return;
      ctx.report({
        node: call.node,
        messageId: 'literal',
        data: { fn: call.name ?? '' },
        ...secretsIn(key),
        ...(ctx.file.isTest ? { severity: 'low' as const } : {}),
      });
    };
    return { calls: Object.fromEntries(Object.keys(KEYED).map((name) => [name, check])) };
  },
});

function isLiteralKey(ctx: RuleContext, node: Node | undefined): boolean {
  const value = ctx.staticValue(node);
  const text =
    typeof value === 'string'
      ? value
      : value && typeof value === 'object' && 'bytes' in value
        ? value.bytes
        : undefined;
  return text !== undefined && text.length > 0 && !isPlaceholderValue(text);
}
