// weak-cryptographic-key: RSA/DSA keys under 2048 bits and EC curves under 224 bits (Bandit B505).
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule, type RuleContext } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { replaceNode } from '../../src/analysis/python/fixes.js';

const PYCA = 'cryptography.hazmat.primitives.asymmetric';
/** Call → where its key size lives (positional index, keyword). */
const SIZED: Record<string, [number, string]> = {
  [`${PYCA}.rsa.generate_private_key`]: [1, 'key_size'],
  [`${PYCA}.dsa.generate_private_key`]: [0, 'key_size'],
  [`${PYCA}.dsa.generate_parameters`]: [0, 'key_size'],
  [`${PYCA}.dh.generate_parameters`]: [1, 'key_size'],
  'Crypto.PublicKey.RSA.generate': [0, 'bits'],
  'Crypto.PublicKey.DSA.generate': [0, 'bits'],
  'Cryptodome.PublicKey.RSA.generate': [0, 'bits'],
  'Cryptodome.PublicKey.DSA.generate': [0, 'bits'],
  'paramiko.RSAKey.generate': [0, 'bits'],
  'paramiko.DSSKey.generate': [0, 'bits'],
  'paramiko.rsakey.RSAKey.generate': [0, 'bits'],
  'paramiko.dsskey.DSSKey.generate': [0, 'bits'],
  'rsa.newkeys': [0, 'nbits'],
};
/** Curves below 224 bits (NIST SP 800-57: 112-bit security minimum). */
const WEAK_CURVES: Record<string, number> = { SECP192R1: 192, SECT163K1: 163, SECT163R2: 163 };

export default defineRule({
  meta: {
    id: 'weak-cryptographic-key',
    title: 'Weak RSA/DSA key size or elliptic curve',
    category: 'cryptography',
    cwe: ['CWE-326'],
    owasp: { '2021': ['A02:2021'], '2025': ['A04:2025'] },
    severity: 'medium',
    riskScore: 6,
    confidence: 'high',
    evidence: 'config',
    threat: 'confidentiality',
    timeline: '7-days',
    technology: ['cryptography', 'pycryptodome', 'paramiko'],
    aliases: { bandit: ['B505'], ruff: ['S505'] },
    fixable: true,
    messages: {
      size: 'A {{bits}}-bit {{kind}} key is too small; use at least 2048 (3072 for use beyond 2030).',
      curve:
        'Elliptic curve {{curve}} gives {{bits}}-bit keys, below the 224-bit minimum; use SECP256R1 or X25519/Ed25519.',
    },
    docs: {
      whatItDoes:
        'Flags RSA, DSA and DH key generation with fewer than 2048 bits and EC key generation on SECP192R1/SECT163K1/SECT163R2, in pyca/cryptography, PyCrypto(dome), paramiko and python-rsa.',
      whyBad:
        '512-bit RSA is factored in hours on rented hardware, 768-bit has been publicly factored, and 1024-bit is within reach of well-funded attackers; small curves likewise fall short of 112-bit security.',
      businessImpact: 'Private keys can be recovered, so signatures can be forged and recorded traffic decrypted.',
      attackScenario:
        'The attacker downloads the 1024-bit public key from the TLS certificate or JWKS endpoint, factors it with a cloud GNFS run, and signs tokens as the service.',
      example: 'key = rsa.generate_private_key(public_exponent=65537, key_size=1024)',
      useInstead:
        'key = rsa.generate_private_key(public_exponent=65537, key_size=3072)  # or ec.generate_private_key(ec.SECP256R1())',
      testing: 'Assert `key.key_size >= 2048` in a unit test of the key-generation code.',
      knownProblems:
        'The autofix raises a literal size to 3072 (key generation only, existing keys are untouched); curves get no fix. Sizes computed at run time are not checked. Like Bandit, below 1024 bits is high, 1024–2047 medium.',
      references: [
        'https://cryptography.io/en/latest/hazmat/primitives/asymmetric/rsa/#generation',
        'https://csrc.nist.gov/pubs/sp/800/57/pt1/r5/final',
        'https://cwe.mitre.org/data/definitions/326.html',
      ],
    },
  },
  hints: [
    'Cryptodome',
    'PublicKey',
    'derive_private_key',
    'generate_parameters',
    'generate_private_key',
    'newkeys',
    'paramiko',
  ],
  create(ctx) {
    const sized = (call: CallInfo) => {
      const [index, keyword] = SIZED[call.name ?? ''] ?? [0, ''];
      const sizeNode = call.argOrKwarg(index, keyword);
      const bits = ctx.staticValue(sizeNode);
      if (typeof bits !== 'number' || bits >= 2048) return;
      const kind = /dsa|DSS/i.test(call.name ?? '') ? 'DSA' : /\.dh\./.test(call.name ?? '') ? 'DH' : 'RSA';
      // Only a literal is rewritten: a named constant may be shared with code that expects its value.
      const fix =
        sizeNode?.type === 'integer'
          ? {
              description: 'Generate a 3072-bit key (NIST SP 800-57 through 2030 and beyond).',
              edits: [replaceNode(sizeNode, '3072')],
            }
          : undefined;
      ctx.report({
        node: call.node,
        messageId: 'size',
        data: { kind, bits },
        severity: bits < 1024 ? 'high' : 'medium',
        ...(fix ? { fix } : {}),
      });
    };
    const curve = (call: CallInfo) => reportCurve(ctx, call, call.argOrKwarg(0, 'curve'));
    return {
      calls: {
        ...Object.fromEntries(Object.keys(SIZED).map((name) => [name, sized])),
        [`${PYCA}.ec.generate_private_key`]: curve,
        [`${PYCA}.ec.derive_private_key`]: (call) => reportCurve(ctx, call, call.argOrKwarg(1, 'curve')),
      },
    };
  },
});

function reportCurve(ctx: RuleContext, call: CallInfo, arg: Node | undefined): void {
  const target = arg?.type === 'call' ? arg.childForFieldName('function') : arg; // ec.SECT163R2 or ec.SECT163R2()
  const name = target ? ctx.qualifiedName(target)?.split('.').pop() : undefined;
  const bits = name ? WEAK_CURVES[name] : undefined;
  if (!name || bits === undefined) return;
  ctx.report({ node: call.node, messageId: 'curve', data: { curve: name, bits } });
}
