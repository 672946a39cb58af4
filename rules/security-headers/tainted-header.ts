// tainted-header: follows untrusted input into `response.headers[...] = ...` assignments (data flow).
import { defineTaintRule } from '../../src/analysis/taint/define-taint-rule.js';

export default defineTaintRule({
  id: 'tainted-header',
  title: 'Untrusted input in a response header',
  category: 'security-headers',
  cwe: ['CWE-113'],
  owasp: { '2021': ['A03:2021'], '2025': ['A05:2025'] },
  severity: 'medium',
  riskScore: 5,
  confidence: 'medium',
  threat: 'integrity',
  timeline: '30-days',
  technology: ['flask', 'django'],
  aliases: {},
  taint: { sinks: ['header'], messageId: 'tainted' },
  messages: {
    tainted:
      'Untrusted input from `{{source}}` (line {{sourceLine}}) is written into a response header by `{{sink}}`; strip CR and LF.',
  },
  docs: {
    whatItDoes: 'Follows untrusted input into `response.headers[...] = ...` assignments.',
    whyBad:
      'CR/LF in a header value ends the header: the attacker adds headers or a whole body (response splitting) when the server does not reject them.',
    businessImpact: 'Cache poisoning, session fixation and cross-site scripting through injected headers.',
    attackScenario:
      "The attacker passes `lang=en%0d%0aSet-Cookie:%20session=attacker` and the victim's browser stores the attacker's session.",
    example: 'resp.headers["X-Lang"] = request.args["lang"]',
    useInstead: 'resp.headers["X-Lang"] = request.args["lang"].replace("\\r", "").replace("\\n", "")',
    testing: 'Send `%0d%0aX-Injected: 1` and assert no `X-Injected` header appears.',
    knownProblems: 'Modern WSGI servers reject CR/LF in headers; the finding still marks an unvalidated value.',
    references: [
      'https://cwe.mitre.org/data/definitions/113.html',
      'https://owasp.org/www-community/attacks/HTTP_Response_Splitting',
    ],
  },
});
