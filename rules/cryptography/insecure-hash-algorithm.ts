// insecure-hash-algorithm: MD2/MD4/MD5/SHA-1 from PyCrypto, PyCryptodome and pyca/cryptography (Bandit B303).
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';

const PYCRYPTO = ['MD2', 'MD4', 'MD5', 'SHA', 'SHA1'].flatMap((h) => [
  `Crypto.Hash.${h}.new`,
  `Cryptodome.Hash.${h}.new`,
]);
const PYCA = ['MD5', 'SHA1'].map((h) => `cryptography.hazmat.primitives.hashes.${h}`);

export default defineRule({
  meta: {
    id: 'insecure-hash-algorithm',
    title: 'Insecure hash algorithm in a crypto library (MD2, MD4, MD5, SHA-1)',
    category: 'cryptography',
    cwe: ['CWE-327', 'CWE-328'],
    owasp: { '2021': ['A02:2021'], '2025': ['A04:2025'] },
    severity: 'medium',
    riskScore: 5,
    confidence: 'high',
    evidence: 'config',
    threat: 'integrity',
    timeline: '30-days',
    technology: ['pycryptodome', 'pycrypto', 'cryptography'],
    aliases: { bandit: ['B303'], ruff: ['S303'] },
    messages: {
      weak: '`{{fn}}` is a broken hash algorithm; use SHA-256 or stronger (SHA-3, BLAKE2).',
    },
    docs: {
      whatItDoes:
        'Flags MD2, MD4, MD5 and SHA-1 from `Crypto.Hash`/`Cryptodome.Hash` (`MD5.new()`) and `cryptography.hazmat.primitives.hashes.MD5()/SHA1()`.',
      whyBad:
        'Collisions are practical for MD5 and SHA-1 (and trivial for MD2/MD4), so signatures and integrity checks built on them can be forged.',
      businessImpact:
        'Forged signatures or certificates, tampered downloads accepted as genuine, and weak password storage.',
      attackScenario:
        'A document-signing service signs SHA-1 digests; the attacker prepares two PDFs with the same SHA-1 (SHAttered), gets the harmless one signed and presents the signature on the malicious one.',
      example: 'digest = hashes.Hash(hashes.SHA1())',
      useInstead: 'digest = hashes.Hash(hashes.SHA256())',
      testing:
        'Verify that signatures and stored digests are produced with SHA-256+ and that old SHA-1 values are migrated or rejected.',
      knownProblems:
        'Legacy protocols (e.g. HMAC-SHA1 in TOTP, which is still considered safe) are reported too; suppress them with a reason.',
      references: [
        'https://cryptography.io/en/latest/hazmat/primitives/cryptographic-hashes/',
        'https://cwe.mitre.org/data/definitions/328.html',
        'https://shattered.io/',
      ],
    },
  },
  hints: ['Crypto', 'MD2', 'MD4', 'cryptography'],
  create(ctx) {
    const report = (call: CallInfo) =>
      ctx.report({ node: call.node, messageId: 'weak', data: { fn: call.name ?? '' } });
    return { calls: Object.fromEntries([...PYCRYPTO, ...PYCA].map((name) => [name, report])) };
  },
});
