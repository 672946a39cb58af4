// insecure-protocol-ipmi-import: pyghmi, an IPMI client (Bandit B415, Ruff S415).
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import {
  IMPORT_CALLS,
  importCallModule,
  importedModules,
  matchModule,
} from '../../src/analysis/python/imported-modules.js';

export default defineRule({
  meta: {
    id: 'insecure-protocol-ipmi-import',
    title: 'IPMI client library imported (pyghmi)',
    category: 'data-protection',
    cwe: ['CWE-319', 'CWE-327'],
    owasp: { '2021': ['A02:2021'], '2025': ['A04:2025'] },
    severity: 'medium',
    riskScore: 6,
    confidence: 'high',
    threat: 'confidentiality',
    timeline: '7-days',
    technology: ['pyghmi', 'ipmi'],
    aliases: { bandit: ['B415'], ruff: ['S415'] },
    messages: {
      ipmi: '`{{module}}` speaks IPMI, whose authentication leaks password hashes (RAKP) and whose sessions are weakly protected; keep it on an isolated management network or use Redfish over HTTPS.',
    },
    docs: {
      whatItDoes: 'Flags imports of the pyghmi IPMI library.',
      whyBad:
        'IPMI 2.0 hands out salted password hashes to anyone who asks (RAKP, CVE-2013-4786), and cipher suite 0 and weak session integrity are common on BMCs.',
      businessImpact:
        'BMC credentials crack offline, giving out-of-band control of servers (power, console, firmware).',
      attackScenario:
        'An attacker on the management network requests RAKP hashes for the user names the tool uses, cracks them offline and takes over the BMCs.',
      example: 'from pyghmi.ipmi import command',
      useInstead:
        "Use the BMC's Redfish API over verified HTTPS (e.g. `sushy` or `requests` with certificate checks) on an isolated network.",
      testing:
        'Confirm the management network is isolated and that the BMCs reject IPMI over LAN once Redfish is in place.',
      references: ['https://pypi.org/project/pyghmi/', 'https://nvd.nist.gov/vuln/detail/CVE-2013-4786'],
    },
  },
  hints: ['pyghmi'],
  requires: [['pyghmi']],
  create(ctx) {
    if (!ctx.source.includes('pyghmi')) return {};
    const check = (statement: Node) => {
      const module = importedModules(statement)
        .map((n) => matchModule(n, ['pyghmi']))
        .find(Boolean);
      if (module) ctx.report({ node: statement, messageId: 'ipmi', data: { module } });
    };
    const dynamic = (call: CallInfo) => {
      const module = matchModule(importCallModule(call, ctx.staticString) ?? '', ['pyghmi']);
      if (module) ctx.report({ node: call.node, messageId: 'ipmi', data: { module } });
    };
    return {
      nodes: { import_statement: check, import_from_statement: check },
      calls: Object.fromEntries(IMPORT_CALLS.map((n) => [n, dynamic])),
    };
  },
});
