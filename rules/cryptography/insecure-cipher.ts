// insecure-cipher: DES, 3DES, RC4, RC2, Blowfish, IDEA, CAST5, SEED and XOR "ciphers" (Bandit B304).
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';

const PYCRYPTO = ['ARC2', 'ARC4', 'Blowfish', 'CAST', 'DES', 'DES3', 'XOR'].flatMap((c) => [
  `Crypto.Cipher.${c}.new`,
  `Cryptodome.Cipher.${c}.new`,
]);
const PYCA = ['ARC4', 'Blowfish', 'CAST5', 'IDEA', 'SEED', 'TripleDES'].flatMap((c) => [
  `cryptography.hazmat.primitives.ciphers.algorithms.${c}`,
  `cryptography.hazmat.decrepit.ciphers.algorithms.${c}`,
]);
const PYDES = ['pyDes.des', 'pyDes.triple_des'];

export default defineRule({
  meta: {
    id: 'insecure-cipher',
    title: 'Broken or weak cipher (DES, 3DES, RC4, RC2, Blowfish, IDEA, XOR)',
    category: 'cryptography',
    cwe: ['CWE-327'],
    owasp: { '2021': ['A02:2021'], '2025': ['A04:2025'] },
    severity: 'high',
    riskScore: 7,
    confidence: 'high',
    evidence: 'config',
    threat: 'confidentiality',
    timeline: '7-days',
    technology: ['pycryptodome', 'pycrypto', 'cryptography'],
    aliases: { bandit: ['B304'], ruff: ['S304'] },
    messages: {
      weak: '`{{fn}}` is a broken or 64-bit-block cipher; use AES-GCM or ChaCha20-Poly1305.',
    },
    docs: {
      whatItDoes:
        'Flags creation of DES, Triple-DES, RC2, RC4, Blowfish, CAST, IDEA, SEED and XOR ciphers in PyCrypto, PyCryptodome, pyca/cryptography (including `decrepit`) and pyDes.',
      whyBad:
        'DES keys are brute-forced in hours; RC4 has exploitable keystream biases; 64-bit block ciphers (3DES, Blowfish, IDEA, CAST5) leak plaintext after ~32 GB under one key (Sweet32); XOR is not encryption.',
      businessImpact:
        'Encrypted customer data, backups or tokens can be decrypted, failing PCI DSS / GDPR encryption requirements.',
      attackScenario:
        "Session cookies are encrypted with RC4; the attacker collects many cookies for the same user and recovers the plaintext through RC4's first-byte biases.",
      example: 'cipher = DES.new(key, DES.MODE_CBC, iv)',
      useInstead:
        'from cryptography.hazmat.primitives.ciphers.aead import AESGCM\nct = AESGCM(key).encrypt(nonce, data, associated_data)',
      testing:
        'Check that data encrypted by the new code is decrypted only with AES-GCM/ChaCha20 and that legacy ciphertexts are re-encrypted.',
      knownProblems:
        'Decrypting legacy data may require these ciphers; suppress with a reason that says so and re-encrypt.',
      references: [
        'https://cryptography.io/en/latest/hazmat/decrepit/ciphers/',
        'https://sweet32.info/',
        'https://cwe.mitre.org/data/definitions/327.html',
      ],
    },
  },
  hints: ['Cipher', 'Cryptodome', 'cryptography', 'pyDes', 'triple_des'],
  create(ctx) {
    const report = (call: CallInfo) =>
      ctx.report({ node: call.node, messageId: 'weak', data: { fn: call.name ?? '' } });
    return { calls: Object.fromEntries([...PYCRYPTO, ...PYCA, ...PYDES].map((name) => [name, report])) };
  },
});
