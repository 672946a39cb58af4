// tainted-nosql: follows untrusted input to a whole pymongo/motor query document or to `$where` and other operators that evaluate code (data flow).
import { defineTaintRule } from '../../src/analysis/taint/define-taint-rule.js';

export default defineTaintRule({
  id: 'tainted-nosql',
  title: 'Untrusted input as a MongoDB query',
  category: 'sql-injection',
  cwe: ['CWE-943'],
  owasp: { '2021': ['A03:2021'], '2025': ['A05:2025'] },
  severity: 'high',
  riskScore: 8,
  confidence: 'medium',
  threat: 'confidentiality',
  timeline: '7-days',
  technology: ['pymongo', 'motor', 'mongoengine'],
  aliases: {},
  taint: { sinks: ['nosql'], messageId: 'tainted' },
  messages: {
    tainted:
      'Untrusted input from `{{source}}` (line {{sourceLine}}) is used as the query of `{{sink}}`; build the filter from typed values.',
  },
  docs: {
    whatItDoes:
      'Follows untrusted input to a whole pymongo/motor query document or to `$where` and other operators that evaluate code.',
    whyBad:
      'A query built from a JSON body lets the caller supply operators (`{"$ne": null}`, `$where`) that match everything or run JavaScript on the server.',
    businessImpact: 'Authentication bypass and bulk disclosure of documents.',
    attackScenario:
      'The attacker posts `{"user": "admin", "password": {"$ne": ""}}` and the login query matches without the password.',
    example: 'users.find_one(request.get_json())',
    useInstead: 'users.find_one({"user": str(body["user"]), "password_hash": hash_password(str(body["password"]))})',
    testing:
      'Send operator objects (`{"$ne": ""}`, `{"$where": "1"}`) in every field and assert they are rejected or matched literally.',
    knownProblems:
      'A dict literal whose values are tainted strings is not reported (strings cannot carry operators); values that are objects from a JSON body are.',
    references: [
      'https://cwe.mitre.org/data/definitions/943.html',
      'https://owasp.org/www-project-web-security-testing-guide/latest/4-Web_Application_Security_Testing/07-Input_Validation_Testing/05.6-Testing_for_NoSQL_Injection',
    ],
  },
});
