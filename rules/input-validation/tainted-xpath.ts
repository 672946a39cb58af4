// tainted-xpath: follows untrusted input into `lxml` `xpath()`/`XPath()` and ElementTree `find`/`findall` expressions (data flow).
import { defineTaintRule } from '../../src/analysis/taint/define-taint-rule.js';

export default defineTaintRule({
  id: 'tainted-xpath',
  title: 'Untrusted input in an XPath expression',
  category: 'input-validation',
  cwe: ['CWE-643'],
  owasp: { '2021': ['A03:2021'], '2025': ['A05:2025'] },
  severity: 'high',
  riskScore: 7,
  confidence: 'high',
  threat: 'confidentiality',
  timeline: '7-days',
  technology: ['lxml', 'xml.etree'],
  aliases: {},
  taint: { sinks: ['xpath'], messageId: 'tainted' },
  messages: {
    tainted:
      'Untrusted input from `{{source}}` (line {{sourceLine}}) reaches the XPath expression of `{{sink}}`; pass it as an XPath variable.',
  },
  docs: {
    whatItDoes: 'Follows untrusted input into `lxml` `xpath()`/`XPath()` and ElementTree `find`/`findall` expressions.',
    whyBad:
      'Quotes in the input end the string literal, and `or 1=1` style clauses select nodes the query was meant to hide.',
    businessImpact:
      "Disclosure of data stored in XML documents (credentials, other users' records) and authentication bypass.",
    attackScenario: "The attacker enters `' or '1'='1` as a user name and the XPath login query matches every user.",
    example: 'root.xpath(f"//user[name=\'{name}\']")',
    useInstead: 'root.xpath("//user[name=$name]", name=name)',
    testing: 'Send a value with quotes and `or 1=1` and assert that it matches nothing.',
    knownProblems: 'Values escaped by custom quoting helpers are still reported.',
    references: [
      'https://cwe.mitre.org/data/definitions/643.html',
      'https://owasp.org/www-community/attacks/XPATH_Injection',
      'https://lxml.de/xpathxslt.html#the-xpath-method',
    ],
  },
});
