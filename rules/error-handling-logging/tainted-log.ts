// tainted-log: follows untrusted input into the message text of `logging` calls (data flow).
import { defineTaintRule } from '../../src/analysis/taint/define-taint-rule.js';

export default defineTaintRule({
  id: 'tainted-log',
  title: 'Untrusted input written to a log message',
  category: 'error-handling-logging',
  cwe: ['CWE-117'],
  owasp: { '2021': ['A09:2021'], '2025': ['A09:2025'] },
  severity: 'low',
  riskScore: 3,
  confidence: 'medium',
  threat: 'integrity',
  timeline: '30-days',
  technology: ['logging'],
  aliases: {},
  taint: { sinks: ['log'], messageId: 'tainted' },
  messages: {
    tainted:
      'Untrusted input from `{{source}}` (line {{sourceLine}}) is written into the log message of `{{sink}}`; strip line breaks.',
  },
  docs: {
    whatItDoes: 'Follows untrusted input into the message text of `logging` calls.',
    whyBad: 'Line breaks in the input forge extra log entries; control characters corrupt log viewers.',
    businessImpact: 'Forged audit trails hide an intrusion or blame another user.',
    attackScenario:
      'The attacker logs in as `bob\\nINFO admin logged in from 10.0.0.1` and the log shows a fake admin login.',
    example: 'log.info("login failed for " + request.form["user"])',
    useInstead: 'log.info("login failed for %r", request.form["user"])  # or strip \\r and \\n',
    testing: 'Send a user name containing `\\n` and assert the log entry stays on one line.',
    knownProblems: 'Only the message (first argument) is checked, not `%s` arguments.',
    references: [
      'https://cwe.mitre.org/data/definitions/117.html',
      'https://owasp.org/www-community/attacks/Log_Injection',
    ],
  },
});
