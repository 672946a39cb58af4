// tainted-regex: follows untrusted input to the pattern argument of the `re` functions (data flow).
import { defineTaintRule } from '../../src/analysis/taint/define-taint-rule.js';

export default defineTaintRule({
  id: 'tainted-regex',
  title: 'Untrusted input used as a regular expression',
  category: 'input-validation',
  cwe: ['CWE-1333'],
  owasp: { '2021': ['A03:2021'], '2025': ['A05:2025'] },
  severity: 'medium',
  riskScore: 5,
  confidence: 'high',
  threat: 'availability',
  timeline: '30-days',
  technology: ['re'],
  aliases: {},
  taint: { sinks: ['regex'], messageId: 'tainted' },
  messages: {
    tainted:
      'Untrusted input from `{{source}}` (line {{sourceLine}}) is compiled as a regular expression by `{{sink}}`; if it is meant as literal text, escape it with `re.escape`; if users may write patterns, run them on an engine without backtracking (google-re2) or under a time limit.',
  },
  docs: {
    whatItDoes: 'Follows untrusted input to the pattern argument of the `re` functions.',
    whyBad:
      'A crafted pattern with nested quantifiers backtracks exponentially and pins a CPU (ReDoS); metacharacters also change what matches.',
    businessImpact: 'Denial of service of the worker handling the request, and of the service under repeated requests.',
    attackScenario:
      'The attacker searches for `(a+)+$` against a long string of `a`s followed by `!` and the worker hangs.',
    example: 're.search(request.args["q"], text)',
    useInstead:
      're.search(re.escape(request.args["q"]), text)  # the input is literal text\nre2.search(request.args["pattern"], text)  # user-written patterns: linear-time engine (google-re2)',
    testing: 'Send `(a+)+$` and assert the request completes quickly or is rejected.',
    knownProblems: 'Patterns validated by custom checks are still reported.',
    references: [
      'https://cwe.mitre.org/data/definitions/1333.html',
      'https://owasp.org/www-community/attacks/Regular_expression_Denial_of_Service_-_ReDoS',
    ],
  },
});
