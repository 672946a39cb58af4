// snmp-insecure-version: SNMP v1/v2c community strings (Bandit B508, Ruff S508).
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';

export default defineRule({
  meta: {
    id: 'snmp-insecure-version',
    title: 'SNMP v1/v2c (cleartext community string)',
    category: 'data-protection',
    cwe: ['CWE-319', 'CWE-287'],
    owasp: { '2021': ['A02:2021'], '2025': ['A04:2025'] },
    severity: 'medium',
    riskScore: 6,
    confidence: 'high',
    evidence: 'config',
    threat: 'confidentiality',
    timeline: '30-days',
    technology: ['pysnmp'],
    aliases: { bandit: ['B508'], ruff: ['S508'] },
    messages: {
      communityData:
        '`CommunityData` selects SNMP v1/v2c: the community string is a cleartext password. Use SNMPv3 `UsmUserData` with auth and privacy keys.',
    },
    docs: {
      whatItDoes: 'Flags pysnmp `CommunityData(...)` (SNMP v1 with `mpModel=0`, v2c by default or with `mpModel=1`).',
      whyBad:
        'SNMP v1/v2c authenticate with a community string sent in cleartext in every packet and offer no encryption or integrity.',
      businessImpact:
        'Sniffed community strings give read (or write) access to network devices: configuration disclosure or changes.',
      attackScenario:
        'A monitoring job polls routers with `CommunityData("private")`; an attacker on the network captures the string and uses SNMP SET to change routes.',
      example: 'auth = CommunityData("public", mpModel=0)',
      useInstead:
        'auth = UsmUserData("monitor", authKey, privKey, authProtocol=usmHMACSHAAuthProtocol, privProtocol=usmAesCfb128Protocol)',
      testing: 'Capture a poll and assert the PDUs are SNMPv3 with the authPriv security level.',
      references: [
        'https://www.pysnmp.com/pysnmp/docs/api-reference.html#security-parameters',
        'https://cwe.mitre.org/data/definitions/319.html',
      ],
    },
  },
  hints: ['CommunityData'],
  create(ctx) {
    const check = (call: CallInfo) => {
      const model = call.argOrKwarg(1, 'mpModel');
      const value = model ? ctx.staticValue(model) : 1;
      if (value === 0 || value === 1)
        ctx.report({
          node: call.node,
          messageId: 'communityData',
          ...(model ? {} : { confidence: 'medium' as const }),
        });
    };
    return {
      calls: {
        '*.CommunityData': check,
        'pysnmp.hlapi.CommunityData': check,
        'pysnmp.hlapi.asyncio.CommunityData': check,
        'pysnmp.hlapi.v3arch.asyncio.CommunityData': check,
      },
    };
  },
});
