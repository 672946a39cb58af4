// tainted-ldap: follows untrusted input into the filter of `ldap3` `Connection.search` and python-ldap `search_s`/`search_ext_s` (data flow).
import { defineTaintRule } from '../../src/analysis/taint/define-taint-rule.js';

export default defineTaintRule({
  id: 'tainted-ldap',
  title: 'Untrusted input in an LDAP filter',
  category: 'input-validation',
  cwe: ['CWE-90'],
  owasp: { '2021': ['A03:2021'], '2025': ['A05:2025'] },
  severity: 'high',
  riskScore: 8,
  confidence: 'high',
  threat: 'confidentiality',
  timeline: '7-days',
  technology: ['ldap3', 'python-ldap'],
  aliases: {},
  taint: { sinks: ['ldap'], messageId: 'tainted' },
  messages: {
    tainted:
      'Untrusted input from `{{source}}` (line {{sourceLine}}) reaches the LDAP filter of `{{sink}}`; escape it with `escape_filter_chars`.',
  },
  docs: {
    whatItDoes:
      'Follows untrusted input into the filter of `ldap3` `Connection.search` and python-ldap `search_s`/`search_ext_s`.',
    whyBad:
      "`*`, `(`, `)` and `|` in the input change the filter's logic: a login check matches every user, a lookup lists the directory.",
    businessImpact: 'Authentication bypass and disclosure of the directory: names, emails, group memberships.',
    attackScenario:
      'The attacker logs in with user name `*)(uid=*))(|(uid=*` and the bind check matches the first account.',
    example: 'conn.search("dc=example,dc=com", f"(uid={request.form[\'user\']})")',
    useInstead: 'conn.search("dc=example,dc=com", f"(uid={escape_filter_chars(user)})")',
    testing: 'Search with `*` and `)(uid=*` and assert no or exactly one entry comes back.',
    knownProblems: 'Escaping done by a custom helper is not recognised.',
    references: [
      'https://cwe.mitre.org/data/definitions/90.html',
      'https://cheatsheetseries.owasp.org/cheatsheets/LDAP_Injection_Prevention_Cheat_Sheet.html',
    ],
  },
});
