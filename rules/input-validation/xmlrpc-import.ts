// xmlrpc-import: XML-RPC modules, whose parser is open to XML attacks (Bandit B411, Ruff S411).
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import {
  IMPORT_CALLS,
  importCallModule,
  importedModules,
  matchModule,
} from '../../src/analysis/python/imported-modules.js';

const MODULES = ['xmlrpc', 'xmlrpclib', 'SimpleXMLRPCServer', 'DocXMLRPCServer'];

export default defineRule({
  meta: {
    id: 'xmlrpc-import',
    title: "XML-RPC used without defusedxml's monkey patch",
    category: 'input-validation',
    cwe: ['CWE-776', 'CWE-20'],
    owasp: { '2021': ['A05:2021'], '2025': ['A02:2025'] },
    severity: 'medium',
    riskScore: 6,
    confidence: 'high',
    threat: 'availability',
    timeline: '7-days',
    technology: ['xmlrpc'],
    aliases: { bandit: ['B411'], ruff: ['S411'] },
    messages: {
      xmlrpc:
        '`{{module}}` parses XML-RPC payloads with an unhardened parser; call `defusedxml.xmlrpc.monkey_patch()`.',
    },
    docs: {
      whatItDoes:
        'Flags imports of xmlrpc (client and server) and the Python 2 xmlrpclib / SimpleXMLRPCServer modules, unless the file calls `defusedxml.xmlrpc.monkey_patch()`.',
      whyBad:
        'XML-RPC responses and requests are parsed with expat without entity or decompression limits: a malicious server or client sends a billion-laughs or gzip-bomb payload.',
      businessImpact: 'A hostile peer can exhaust memory on the service that talks XML-RPC, taking it down.',
      attackScenario:
        'The app calls a partner XML-RPC endpoint; the endpoint is compromised and answers with nested entities that expand to gigabytes in the client process.',
      example: 'import xmlrpc.client\nproxy = xmlrpc.client.ServerProxy(url)',
      useInstead:
        'import xmlrpc.client\nfrom defusedxml.xmlrpc import monkey_patch\nmonkey_patch()\nproxy = xmlrpc.client.ServerProxy(url)',
      testing:
        'Serve a billion-laughs XML-RPC response from a local stub and assert the client raises instead of hanging.',
      references: [
        'https://pypi.org/project/defusedxml/#defusedxml-xmlrpc',
        'https://docs.python.org/3/library/xmlrpc.html',
      ],
    },
  },
  hints: ['xmlrpc', 'XMLRPC', '__import__', 'import_module'],
  requires: [[{ anyCase: 'xmlrpc' }]],
  create(ctx) {
    if (ctx.source.includes('monkey_patch') || !/xmlrpc|XMLRPC/i.test(ctx.source)) return {}; // monkey_patch(): defusedxml hardened it
    const check = (node: Node, names: string[]) => {
      const name = names.find((n) => matchModule(n, MODULES));
      if (name) ctx.report({ node, messageId: 'xmlrpc', data: { module: name } });
    };
    const statement = (node: Node) => check(node, importedModules(node));
    const dynamic = (call: CallInfo) => check(call.node, [importCallModule(call, ctx.staticString) ?? '']);
    return {
      nodes: { import_statement: statement, import_from_statement: statement },
      calls: Object.fromEntries(IMPORT_CALLS.map((n) => [n, dynamic])),
    };
  },
});
