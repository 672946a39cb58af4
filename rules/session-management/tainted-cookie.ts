// tainted-cookie: follows untrusted input into `set_cookie` values when the call does not set both `secure=True` and `httponly=True` (data flow).
import { defineTaintRule } from '../../src/analysis/taint/define-taint-rule.js';

export default defineTaintRule({
  id: 'tainted-cookie',
  title: 'Untrusted value set in a cookie without Secure and HttpOnly',
  category: 'session-management',
  cwe: ['CWE-614', 'CWE-1004'],
  owasp: { '2021': ['A05:2021'], '2025': ['A02:2025'] },
  severity: 'medium',
  riskScore: 4,
  confidence: 'medium',
  threat: 'confidentiality',
  timeline: '30-days',
  technology: ['flask', 'django'],
  aliases: {},
  taint: { sinks: ['cookie'], messageId: 'tainted' },
  messages: {
    tainted:
      'A cookie set by `{{sink}}` carries input from `{{source}}` (line {{sourceLine}}) without both `secure=True` and `httponly=True`.',
  },
  docs: {
    whatItDoes:
      'Follows untrusted input into `set_cookie` values when the call does not set both `secure=True` and `httponly=True`.',
    whyBad: 'Without Secure the cookie travels over plain HTTP; without HttpOnly any script on the page reads it.',
    businessImpact: 'Cookie theft on hostile networks or through XSS, leading to impersonation.',
    attackScenario:
      'On café Wi-Fi, the attacker downgrades a request to HTTP and reads the cookie; or an XSS payload reads `document.cookie`.',
    example: 'resp.set_cookie("pref", request.args["pref"])',
    useInstead: 'resp.set_cookie("pref", request.args["pref"], secure=True, httponly=True, samesite="Lax")',
    testing: 'Inspect the Set-Cookie header and assert it carries `Secure` and `HttpOnly`.',
    knownProblems: 'Flags set through app-wide configuration are not seen.',
    references: [
      'https://cwe.mitre.org/data/definitions/614.html',
      'https://cwe.mitre.org/data/definitions/1004.html',
      'https://owasp.org/www-community/controls/SecureCookieAttribute',
    ],
  },
});
