// tainted-xml: follows untrusted input to `lxml.etree` and standard-library XML parsers that are not configured against external entities (data flow).
import { defineTaintRule } from '../../src/analysis/taint/define-taint-rule.js';

export default defineTaintRule({
  id: 'tainted-xml',
  title: 'Untrusted XML parsed with an unsafe parser',
  category: 'input-validation',
  cwe: ['CWE-611'],
  owasp: { '2021': ['A05:2021'], '2025': ['A02:2025'] },
  severity: 'high',
  riskScore: 7,
  confidence: 'medium',
  threat: 'confidentiality',
  timeline: '7-days',
  technology: ['lxml', 'xml'],
  aliases: { bandit: ['B313', 'B314', 'B318', 'B320'], ruff: ['S313', 'S314', 'S318', 'S320'] },
  taint: { sinks: ['xxe'], messageId: 'tainted' },
  messages: {
    tainted:
      'Untrusted XML from `{{source}}` (line {{sourceLine}}) is parsed by `{{sink}}`, which may resolve external entities; use defusedxml.',
  },
  docs: {
    whatItDoes:
      'Follows untrusted input to `lxml.etree` and standard-library XML parsers that are not configured against external entities.',
    whyBad:
      'External entities read local files and make network requests; entity expansion exhausts memory (billion laughs).',
    businessImpact: 'Disclosure of server files and internal services; denial of service.',
    attackScenario:
      'The attacker uploads XML with `<!ENTITY x SYSTEM "file:///etc/passwd">` and sees the file echoed in the response.',
    example: 'etree.fromstring(request.data)',
    useInstead: 'defusedxml.ElementTree.fromstring(request.data)',
    testing: 'Parse a document with an external entity pointing to a local file and assert the parser refuses it.',
    knownProblems:
      'Parsers configured through a variable (`parser=p` with `resolve_entities=False` set elsewhere) are still reported.',
    references: [
      'https://cwe.mitre.org/data/definitions/611.html',
      'https://cheatsheetseries.owasp.org/cheatsheets/XML_External_Entity_Prevention_Cheat_Sheet.html',
      'https://pypi.org/project/defusedxml/',
    ],
  },
});
