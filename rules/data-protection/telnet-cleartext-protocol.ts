// telnet-cleartext-protocol: telnetlib use and imports, a cleartext protocol (Bandit B312/B401, Ruff S312/S401).
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import {
  IMPORT_CALLS,
  importCallModule,
  importedModules,
  matchModule,
} from '../../src/analysis/python/imported-modules.js';

const MODULES = ['telnetlib', 'telnetlib3'];

export default defineRule({
  meta: {
    id: 'telnet-cleartext-protocol',
    title: 'Telnet (cleartext remote login)',
    category: 'data-protection',
    cwe: ['CWE-319'],
    owasp: { '2021': ['A02:2021'], '2025': ['A04:2025'] },
    severity: 'medium',
    riskScore: 6,
    confidence: 'high',
    threat: 'confidentiality',
    timeline: '7-days',
    technology: ['telnetlib'],
    aliases: { bandit: ['B312', 'B401'], ruff: ['S312', 'S401'] },
    messages: {
      telnetCall:
        '`{{fn}}` opens a Telnet session: credentials and commands cross the network in cleartext. Use SSH (paramiko, asyncssh).',
      telnetImport: '`{{module}}` is a cleartext protocol client; use SSH instead.',
    },
    docs: {
      whatItDoes: 'Flags imports of telnetlib/telnetlib3 and calls to `telnetlib.Telnet`.',
      whyBad:
        'Telnet sends user names, passwords and every command unencrypted and unauthenticated; anyone on the path can read or hijack the session. telnetlib was removed in Python 3.13.',
      businessImpact: 'Device and server credentials leak; attackers take over network equipment.',
      attackScenario:
        'An automation script logs into switches over Telnet; an attacker with a foothold in the management VLAN sniffs the admin password and reconfigures the core switch.',
      example: 'tn = telnetlib.Telnet(host)\ntn.write(password.encode() + b"\\n")',
      useInstead:
        'client = paramiko.SSHClient()\nclient.load_system_host_keys()\nclient.connect(host, username=user, key_filename=key)',
      testing: 'Capture traffic during the job (tcpdump) and assert no port-23 traffic and no cleartext credentials.',
      references: [
        'https://docs.python.org/3.12/library/telnetlib.html',
        'https://cwe.mitre.org/data/definitions/319.html',
      ],
    },
  },
  hints: ['telnetlib'],
  requires: [['telnetlib']],
  create(ctx) {
    if (!ctx.source.includes('telnetlib')) return {};
    const imported = (statement: Node) => {
      const module = importedModules(statement)
        .map((n) => matchModule(n, MODULES))
        .find(Boolean);
      if (module) ctx.report({ node: statement, messageId: 'telnetImport', data: { module } });
    };
    const call = (info: CallInfo) =>
      ctx.report({ node: info.node, messageId: 'telnetCall', data: { fn: info.name ?? 'telnetlib.Telnet' } });
    const dynamic = (info: CallInfo) => {
      const module = matchModule(importCallModule(info, ctx.staticString) ?? '', MODULES);
      if (module) ctx.report({ node: info.node, messageId: 'telnetImport', data: { module } });
    };
    return {
      nodes: { import_statement: imported, import_from_statement: imported },
      calls: {
        'telnetlib.Telnet': call,
        'telnetlib3.open_connection': call,
        ...Object.fromEntries(IMPORT_CALLS.map((n) => [n, dynamic])),
      },
    };
  },
});
