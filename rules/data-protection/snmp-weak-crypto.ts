// snmp-weak-crypto: SNMPv3 without privacy or with weak algorithms (Bandit B509, Ruff S509).
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';

const WEAK = new Set([
  'usmHMACMD5AuthProtocol',
  'usmDESPrivProtocol',
  'usm3DESEDEPrivProtocol',
  'usmNoAuthProtocol',
  'usmNoPrivProtocol',
]);

export default defineRule({
  meta: {
    id: 'snmp-weak-crypto',
    title: 'SNMPv3 without encryption or with weak algorithms',
    category: 'data-protection',
    cwe: ['CWE-319', 'CWE-327'],
    owasp: { '2021': ['A02:2021'], '2025': ['A04:2025'] },
    severity: 'medium',
    riskScore: 6,
    confidence: 'high',
    evidence: 'config',
    threat: 'confidentiality',
    timeline: '30-days',
    technology: ['pysnmp'],
    aliases: { bandit: ['B509'], ruff: ['S509'] },
    messages: {
      noPriv:
        '`UsmUserData` without a privacy key is noAuthNoPriv/authNoPriv: SNMP data travels unencrypted. Pass `privKey`.',
      weakAlgorithm: '`UsmUserData` uses `{{algorithm}}`; use SHA-2 authentication and AES privacy.',
    },
    docs: {
      whatItDoes:
        'Flags pysnmp `UsmUserData(...)` without a privacy key (positional or `privKey=`, not None), or with MD5/DES/3DES/no-auth/no-priv protocols.',
      whyBad:
        'Without privacy SNMPv3 sends all values in cleartext; MD5 and DES are broken, so captured traffic can be forged or decrypted.',
      businessImpact: 'Disclosure of device configuration and secrets read over SNMP; forged SET requests.',
      attackScenario:
        'The poller uses `UsmUserData("ops", "authpass")` (authNoPriv); an attacker capturing traffic reads interface descriptions and stored secrets from the MIB.',
      example: 'UsmUserData("ops", auth_key)',
      useInstead:
        'UsmUserData("ops", auth_key, priv_key, authProtocol=usmHMAC192SHA256AuthProtocol, privProtocol=usmAesCfb256Protocol)',
      testing: 'Capture a poll and assert the security level is authPriv with AES.',
      references: [
        'https://www.pysnmp.com/pysnmp/docs/api-reference.html#security-parameters',
        'https://datatracker.ietf.org/doc/html/rfc3414',
      ],
    },
  },
  hints: ['UsmUserData'],
  create(ctx) {
    const check = (call: CallInfo) => {
      if (call.hasSplat) return;
      const priv = call.argOrKwarg(2, 'privKey');
      if (!priv || priv.type === 'none') {
        ctx.report({ node: call.node, messageId: 'noPriv' });
        return;
      }
      for (const name of ['authProtocol', 'privProtocol']) {
        const algorithm = lastName(call.kwarg(name));
        if (algorithm && WEAK.has(algorithm)) {
          ctx.report({ node: call.node, messageId: 'weakAlgorithm', data: { algorithm } });
          return;
        }
      }
    };
    return {
      calls: {
        '*.UsmUserData': check,
        'pysnmp.hlapi.UsmUserData': check,
        'pysnmp.hlapi.asyncio.UsmUserData': check,
        'pysnmp.hlapi.v3arch.asyncio.UsmUserData': check,
      },
    };
  },
});

function lastName(node: Node | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'identifier') return node.text;
  if (node.type === 'attribute') return node.childForFieldName('attribute')?.text;
  return undefined;
}
