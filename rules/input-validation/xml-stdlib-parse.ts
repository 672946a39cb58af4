// xml-stdlib-parse: the standard library's XML parsers fed data (Bandit B313–B319, Ruff S313–S319).
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';

/** Qualified parser entry points → the Bandit check that names them. */
const PARSERS: Record<string, string> = {
  ...entries(
    'xml.etree.cElementTree',
    ['parse', 'iterparse', 'fromstring', 'XMLParser', 'XML', 'fromstringlist'],
    'B313',
  ),
  ...entries(
    'xml.etree.ElementTree',
    ['parse', 'iterparse', 'fromstring', 'XMLParser', 'XML', 'fromstringlist'],
    'B314',
  ),
  ...entries('xml.sax.expatreader', ['create_parser'], 'B315'),
  ...entries('xml.dom.expatbuilder', ['parse', 'parseString'], 'B316'),
  ...entries('xml.sax', ['parse', 'parseString', 'make_parser'], 'B317'),
  ...entries('xml.dom.minidom', ['parse', 'parseString'], 'B318'),
  ...entries('xml.dom.pulldom', ['parse', 'parseString'], 'B319'),
};

function entries(module: string, names: string[], bandit: string): Record<string, string> {
  return Object.fromEntries(names.map((n) => [`${module}.${n}`, bandit]));
}

export default defineRule({
  meta: {
    id: 'xml-stdlib-parse',
    title: 'Standard-library XML parser used on possibly untrusted data',
    category: 'input-validation',
    cwe: ['CWE-776', 'CWE-611', 'CWE-20'],
    owasp: { '2021': ['A05:2021', 'A03:2021'], '2025': ['A02:2025', 'A05:2025'] },
    severity: 'medium',
    riskScore: 5,
    confidence: 'high',
    threat: 'availability',
    timeline: '30-days',
    technology: ['xml'],
    aliases: {
      bandit: ['B313', 'B314', 'B315', 'B316', 'B317', 'B318', 'B319'],
      ruff: ['S313', 'S314', 'S315', 'S316', 'S317', 'S318', 'S319'],
    },
    messages: {
      parse: '`{{fn}}` parses XML without entity-expansion limits; use the defusedxml equivalent for untrusted input.',
      literal: '`{{fn}}` parses a constant document; safe today, but switch to defusedxml before it sees user data.',
    },
    docs: {
      whatItDoes:
        'Flags calls to xml.etree, xml.dom.minidom/pulldom/expatbuilder and xml.sax parsers. Files that call `defusedxml.defuse_stdlib()` are not reported.',
      whyBad:
        'The stdlib parsers expand internal entities without limit (billion laughs, quadratic blowup) and, depending on the expat version and parser, may process external entities or DTDs, so a crafted document exhausts memory and CPU.',
      businessImpact:
        'A single request can take a worker or a whole service down; with external entities, local files leak.',
      attackScenario:
        'An attacker posts a 1 KB XML body whose nested entities expand to gigabytes; `ElementTree.fromstring(request.data)` pins the CPU and the pod is OOM-killed, repeatedly.',
      example: 'import xml.etree.ElementTree as ET\ntree = ET.fromstring(request.data)',
      useInstead: 'import defusedxml.ElementTree as ET\ntree = ET.fromstring(request.data)',
      testing:
        'Feed a billion-laughs document to the endpoint and assert it is rejected with `EntitiesForbidden` quickly.',
      knownProblems:
        'Parsing trusted, developer-controlled files is reported too (constant documents at low severity).',
      references: [
        'https://docs.python.org/3/library/xml.html#xml-vulnerabilities',
        'https://pypi.org/project/defusedxml/',
        'https://cwe.mitre.org/data/definitions/776.html',
      ],
    },
  },
  hints: [
    'ElementTree',
    'XMLParser',
    'expatbuilder',
    'expatreader',
    'fromstring',
    'iterparse',
    'make_parser',
    'minidom',
    'parseString',
    'pulldom',
    'sax',
  ],
  create(ctx) {
    if (ctx.source.includes('defuse_stdlib')) return {}; // defusedxml patched the stdlib for the whole process
    const check = (call: CallInfo) => {
      const input = call.arg(0);
      const literal = input !== undefined && ctx.staticString(input) !== undefined;
      ctx.report({
        node: call.node,
        messageId: literal ? 'literal' : 'parse',
        data: { fn: call.name ?? 'xml' },
        ...(literal ? { severity: 'low' as const } : {}),
      });
    };
    return { calls: Object.fromEntries(Object.keys(PARSERS).map((name) => [name, check])) };
  },
});
