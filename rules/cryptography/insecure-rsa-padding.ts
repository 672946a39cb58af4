// insecure-rsa-padding: RSA encryption with PKCS#1 v1.5 padding, open to Bleichenbacher padding-oracle attacks.
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';

const PYCA_PKCS1 = 'cryptography.hazmat.primitives.asymmetric.padding.PKCS1v15';

export default defineRule({
  meta: {
    id: 'insecure-rsa-padding',
    title: 'RSA encryption with PKCS#1 v1.5 padding',
    category: 'cryptography',
    cwe: ['CWE-780', 'CWE-327'],
    owasp: { '2021': ['A02:2021'], '2025': ['A04:2025'] },
    severity: 'medium',
    riskScore: 6,
    confidence: 'high',
    evidence: 'config',
    threat: 'confidentiality',
    timeline: '30-days',
    technology: ['cryptography', 'pycryptodome'],
    aliases: {},
    messages: {
      pyca: '`{{method}}` with PKCS1v15 padding is vulnerable to padding-oracle attacks; use padding.OAEP(mgf=MGF1(SHA256()), algorithm=SHA256(), label=None).',
      pycryptodome:
        '`{{fn}}` is RSA PKCS#1 v1.5 encryption, vulnerable to padding-oracle attacks; use Crypto.Cipher.PKCS1_OAEP.',
    },
    docs: {
      whatItDoes:
        "Flags RSA `encrypt`/`decrypt` calls that pass `padding.PKCS1v15()` (pyca/cryptography) and PyCryptodome's `PKCS1_v1_5.new()` cipher. PKCS#1 v1.5 for signatures is not reported.",
      whyBad:
        'When a server reveals (through errors or timing) whether a ciphertext decrypts to valid v1.5 padding, an attacker can decrypt any captured ciphertext with adaptive queries (Bleichenbacher 1998, ROBOT 2017).',
      businessImpact: 'Encrypted session keys or secrets exchanged with RSA can be decrypted by an active attacker.',
      attackScenario:
        'An API decrypts client-supplied RSA blobs and returns a different error for bad padding; the attacker sends ~1M crafted variants of a captured blob and recovers its plaintext.',
      example: 'ciphertext = public_key.encrypt(message, padding.PKCS1v15())',
      useInstead:
        'ciphertext = public_key.encrypt(message, padding.OAEP(mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None))',
      testing:
        'Decrypt a tampered ciphertext and check the error and timing are identical to other failures; prefer switching to OAEP and re-encrypting.',
      knownProblems:
        'Interoperability with legacy systems may require v1.5 decryption; isolate it and make failures indistinguishable (implicit rejection).',
      references: [
        'https://cryptography.io/en/latest/hazmat/primitives/asymmetric/rsa/#padding',
        'https://robotattack.org/',
        'https://cwe.mitre.org/data/definitions/780.html',
      ],
    },
  },
  hints: ['Cryptodome', 'PKCS1_v1_5', 'decrypt', 'encrypt'],
  create(ctx) {
    const pyca = (call: CallInfo) => {
      const pad = call.argOrKwarg(1, 'padding');
      const callee = pad?.type === 'call' ? pad.childForFieldName('function') : undefined;
      if (callee && ctx.qualifiedName(callee) === PYCA_PKCS1) {
        ctx.report({ node: call.node, messageId: 'pyca', data: { method: call.method ?? '' } });
      }
    };
    const pycryptodome = (call: CallInfo) =>
      ctx.report({ node: call.node, messageId: 'pycryptodome', data: { fn: call.name ?? '' } });
    return {
      calls: {
        '*.encrypt': pyca,
        '*.decrypt': pyca,
        'Crypto.Cipher.PKCS1_v1_5.new': pycryptodome,
        'Cryptodome.Cipher.PKCS1_v1_5.new': pycryptodome,
      },
    };
  },
});
