// xml-lxml-parse: lxml parsing without a hardened parser (Bandit B320, Ruff S320).
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';

const PARSE_FNS = [
  'parse',
  'fromstring',
  'XML',
  'iterparse',
  'RestrictedElement',
  'GlobalParserTLS',
  'getDefaultParser',
  'check_docinfo',
];
/** Positional index of the `parser` parameter of each parse function. */
const PARSER_POSITION: Record<string, number> = { parse: 1, fromstring: 1, XML: 1 };

export default defineRule({
  meta: {
    id: 'xml-lxml-parse',
    title: 'lxml parsing that may resolve entities or load DTDs',
    category: 'input-validation',
    cwe: ['CWE-611', 'CWE-776'],
    owasp: { '2021': ['A05:2021'], '2025': ['A02:2025'] },
    severity: 'medium',
    riskScore: 6,
    confidence: 'medium',
    threat: 'confidentiality',
    timeline: '30-days',
    technology: ['lxml'],
    aliases: { bandit: ['B320'], ruff: ['S320'] },
    messages: {
      defaultParser:
        "`{{fn}}` uses lxml's default parser, which resolves entities; pass `parser=XMLParser(resolve_entities=False, no_network=True)` or use defusedxml.",
      customParser: '`{{fn}}` is given a parser; make sure it sets `resolve_entities=False`.',
      unsafeParser: '`XMLParser` is built without `resolve_entities=False`; documents can pull in external entities.',
    },
    docs: {
      whatItDoes:
        'Flags lxml.etree parse functions called without an explicit parser, and `XMLParser(...)` built without `resolve_entities=False` (or with `load_dtd=True` / `no_network=False`).',
      whyBad:
        'lxml resolves entities by default, so `<!ENTITY x SYSTEM "file:///etc/passwd">` reads local files (XXE) and nested entities exhaust memory.',
      businessImpact:
        'Disclosure of server files and credentials, SSRF into the internal network, or denial of service.',
      attackScenario:
        'An attacker uploads an SVG with an external entity pointing at `file:///app/.env`; the service parses it with `lxml.etree.fromstring` and echoes the title back with the secrets in it.',
      example: 'from lxml import etree\nroot = etree.fromstring(upload)',
      useInstead:
        'from lxml import etree\nparser = etree.XMLParser(resolve_entities=False, no_network=True)\nroot = etree.fromstring(upload, parser=parser)',
      testing:
        'Parse a document with an external entity referencing a local file and assert the entity stays unexpanded.',
      knownProblems:
        'A parser passed by name is reported at low severity: whether it is hardened is not tracked across assignments.',
      references: [
        'https://lxml.de/api/lxml.etree.XMLParser-class.html',
        'https://cheatsheetseries.owasp.org/cheatsheets/XML_External_Entity_Prevention_Cheat_Sheet.html',
        'https://cwe.mitre.org/data/definitions/611.html',
      ],
    },
  },
  hints: ['GlobalParserTLS', 'RestrictedElement', 'check_docinfo', 'getDefaultParser', 'lxml'],
  create(ctx) {
    const parseCall = (fn: string) => (call: CallInfo) => {
      const position = PARSER_POSITION[fn];
      const parser = call.kwarg('parser') ?? (position === undefined ? undefined : call.arg(position));
      ctx.report({
        node: call.node,
        messageId: parser ? 'customParser' : 'defaultParser',
        data: { fn: call.name ?? fn },
        ...(parser ? { severity: 'low' as const, confidence: 'low' as const } : {}),
      });
    };
    const parserCall = (call: CallInfo) => {
      const off = (name: string) => ctx.truthiness(call.kwarg(name)) === false;
      const on = (name: string) => ctx.truthiness(call.kwarg(name)) === true;
      if (off('resolve_entities') && !on('load_dtd') && !off('no_network')) return;
      ctx.report({
        node: call.node,
        messageId: 'unsafeParser',
        ...(call.hasSplat ? { confidence: 'low' as const } : {}),
      });
    };
    const calls: Record<string, (call: CallInfo) => void> = {
      'lxml.etree.XMLParser': parserCall,
      'lxml.etree.XMLPullParser': parserCall,
    };
    for (const fn of PARSE_FNS) calls[`lxml.etree.${fn}`] = parseCall(fn);
    return { calls };
  },
});
