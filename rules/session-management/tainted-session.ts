// tainted-session: follows untrusted input into `session[...] = ...` (Flask and Django) (data flow).
import { defineTaintRule } from '../../src/analysis/taint/define-taint-rule.js';

export default defineTaintRule({
  id: 'tainted-session',
  title: 'Untrusted input stored in the session',
  category: 'session-management',
  cwe: ['CWE-501'],
  owasp: { '2021': ['A04:2021'], '2025': ['A06:2025'] },
  severity: 'medium',
  riskScore: 4,
  confidence: 'medium',
  threat: 'integrity',
  timeline: '30-days',
  technology: ['flask', 'django'],
  aliases: {},
  taint: { sinks: ['trust-boundary'], messageId: 'tainted' },
  messages: {
    tainted:
      'Untrusted input from `{{source}}` (line {{sourceLine}}) is stored in `{{sink}}`, which the rest of the app trusts; validate it first.',
  },
  docs: {
    whatItDoes: 'Follows untrusted input into `session[...] = ...` (Flask and Django).',
    whyBad:
      'Code that reads the session assumes the server put the value there; mixing raw input in crosses a trust boundary.',
    businessImpact: 'Privilege escalation or logic abuse when later code trusts the value (roles, prices, user ids).',
    attackScenario:
      'The attacker sets `?role=admin`, the handler copies it into `session["role"]`, and the admin pages trust it.',
    example: 'session["user_id"] = request.args["uid"]',
    useInstead: 'user = authenticate(form)\nsession["user_id"] = user.id',
    testing: 'Set the parameter to a privileged value and assert it never reaches the session unvalidated.',
    knownProblems: 'Values validated by helper functions are still reported.',
    references: ['https://cwe.mitre.org/data/definitions/501.html'],
  },
});
