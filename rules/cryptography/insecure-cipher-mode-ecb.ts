// insecure-cipher-mode-ecb: block ciphers in ECB mode, which leaks plaintext patterns (Bandit B305).
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';

const PYCA_ECB = ['cryptography.hazmat.primitives.ciphers.modes.ECB'];
const PYCRYPTO_CIPHERS = ['AES', 'DES', 'DES3', 'Blowfish', 'CAST', 'ARC2'].flatMap((c) => [
  `Crypto.Cipher.${c}.new`,
  `Cryptodome.Cipher.${c}.new`,
]);

export default defineRule({
  meta: {
    id: 'insecure-cipher-mode-ecb',
    title: 'Block cipher in ECB mode',
    category: 'cryptography',
    cwe: ['CWE-327'],
    owasp: { '2021': ['A02:2021'], '2025': ['A04:2025'] },
    severity: 'high',
    riskScore: 7,
    confidence: 'high',
    evidence: 'config',
    threat: 'confidentiality',
    timeline: '7-days',
    technology: ['cryptography', 'pycryptodome'],
    aliases: { bandit: ['B305'], ruff: ['S305'] },
    messages: {
      ecb: 'ECB mode encrypts equal blocks to equal ciphertext and has no integrity; use an AEAD mode (AES-GCM).',
    },
    docs: {
      whatItDoes: 'Flags `modes.ECB()` from pyca/cryptography and `X.new(key, X.MODE_ECB)` in PyCrypto/PyCryptodome.',
      whyBad:
        'ECB encrypts each block independently: identical plaintext blocks give identical ciphertext (the "ECB penguin"), blocks can be cut and pasted, and nothing detects tampering.',
      businessImpact:
        'Encrypted records reveal their structure and can be modified undetected (e.g. changing a role field inside an encrypted token).',
      attackScenario:
        'A token encrypts `user=alice;role=user` in ECB; the attacker registers a name that aligns `role=admin` to a block boundary and splices that block into their own token.',
      example: 'cipher = Cipher(algorithms.AES(key), modes.ECB())',
      useInstead: 'aesgcm = AESGCM(key)\nct = aesgcm.encrypt(os.urandom(12), data, None)',
      testing:
        'Encrypt two identical 32-byte plaintexts: with a proper mode and fresh nonce the ciphertexts must differ.',
      knownProblems:
        'Single-block key wrapping with ECB is sometimes intentional; prefer AES key wrap (RFC 3394) and suppress with a reason otherwise.',
      references: [
        'https://cryptography.io/en/latest/hazmat/primitives/symmetric-encryption/#cryptography.hazmat.primitives.ciphers.modes.ECB',
        'https://cwe.mitre.org/data/definitions/327.html',
      ],
    },
  },
  hints: ['Cipher', 'Cryptodome', 'cryptography'],
  create(ctx) {
    const pyca = (call: CallInfo) => ctx.report({ node: call.node, messageId: 'ecb' });
    const pycrypto = (call: CallInfo) => {
      const mode: Node | undefined = call.argOrKwarg(1, 'mode');
      if (mode && ctx.qualifiedName(mode)?.endsWith('.MODE_ECB')) ctx.report({ node: call.node, messageId: 'ecb' });
    };
    return {
      calls: Object.fromEntries([
        ...PYCA_ECB.map((n) => [n, pyca] as const),
        ...PYCRYPTO_CIPHERS.map((n) => [n, pycrypto] as const),
      ]),
    };
  },
});
