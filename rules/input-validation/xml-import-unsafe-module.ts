// xml-import-unsafe-module: imports of XML modules that are unsafe on untrusted data (Bandit B405–B410, Ruff S405–S410).
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import {
  IMPORT_CALLS,
  importCallModule,
  importedModules,
  matchModule,
} from '../../src/analysis/python/imported-modules.js';

/** Module → Bandit import check. */
const MODULES: Record<string, string> = {
  'xml.etree.cElementTree': 'B405',
  'xml.etree.ElementTree': 'B405',
  'xml.sax': 'B406',
  'xml.dom.expatbuilder': 'B407',
  'xml.dom.minidom': 'B408',
  'xml.dom.pulldom': 'B409',
  lxml: 'B410',
};
const NAMES = Object.keys(MODULES);

export default defineRule({
  meta: {
    id: 'xml-import-unsafe-module',
    title: 'Import of an XML module that is unsafe on untrusted data',
    category: 'input-validation',
    cwe: ['CWE-20', 'CWE-776'],
    owasp: { '2021': ['A05:2021'], '2025': ['A02:2025'] },
    severity: 'low',
    riskScore: 2,
    confidence: 'high',
    threat: 'availability',
    timeline: '30-days',
    technology: ['xml', 'lxml'],
    aliases: {
      bandit: ['B405', 'B406', 'B407', 'B408', 'B409', 'B410'],
      ruff: ['S405', 'S406', 'S407', 'S408', 'S409', 'S410'],
    },
    messages: {
      unsafeImport: '`{{module}}` is vulnerable to XML attacks on untrusted data; import the defusedxml equivalent.',
    },
    docs: {
      whatItDoes:
        'Flags imports of xml.etree, xml.sax, xml.dom.expatbuilder/minidom/pulldom and lxml (one finding per import statement), and `__import__`/`importlib.import_module` calls naming them. Files that call `defusedxml.defuse_stdlib()` are not reported.',
      whyBad:
        'These parsers expand entities without limits and lxml resolves external entities by default; importing them is where a defusedxml swap is cheapest.',
      businessImpact: 'Future parsing of user data through these modules enables denial of service or file disclosure.',
      attackScenario:
        'A helper module imports minidom for a config file; months later a teammate reuses it for uploaded documents and an XXE payload reads server files.',
      example: 'from xml.dom import minidom',
      useInstead: 'from defusedxml import minidom',
      testing: 'Grep the codebase for the stdlib XML imports; run the XML endpoints against a billion-laughs payload.',
      knownProblems:
        'Building or serialising XML (Element, tostring) is safe, yet the import is still reported (low), as Bandit does.',
      references: [
        'https://pypi.org/project/defusedxml/',
        'https://docs.python.org/3/library/xml.html#xml-vulnerabilities',
      ],
    },
  },
  hints: ['xml'],
  requires: [['xml']],
  create(ctx) {
    if (ctx.source.includes('defuse_stdlib') || !/\bxml\b|lxml/.test(ctx.source)) return {};
    const check = (node: Node, names: string[]) => {
      for (const name of names) {
        const module = matchModule(name, NAMES);
        if (module) {
          ctx.report({ node, messageId: 'unsafeImport', data: { module } });
          return;
        }
      }
    };
    const statement = (node: Node) => check(node, importedModules(node));
    const dynamic = (call: CallInfo) => check(call.node, [importCallModule(call, ctx.staticString) ?? '']);
    return {
      nodes: { import_statement: statement, import_from_statement: statement },
      calls: Object.fromEntries(IMPORT_CALLS.map((n) => [n, dynamic])),
    };
  },
});
