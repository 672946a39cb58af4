// tainted-redirect: follows untrusted input to `redirect`, `HttpResponseRedirect` and `RedirectResponse`, unless a local path or constant host comes first (data flow).
import { defineTaintRule } from '../../src/analysis/taint/define-taint-rule.js';

export default defineTaintRule({
  id: 'tainted-redirect',
  title: 'Untrusted input chooses a redirect target',
  category: 'input-validation',
  cwe: ['CWE-601'],
  owasp: { '2021': ['A01:2021'], '2025': ['A01:2025'] },
  severity: 'medium',
  riskScore: 5,
  confidence: 'high',
  threat: 'integrity',
  timeline: '30-days',
  technology: ['flask', 'django', 'fastapi'],
  aliases: {},
  taint: { sinks: ['redirect'], messageId: 'tainted' },
  messages: {
    tainted:
      'Untrusted input from `{{source}}` (line {{sourceLine}}) is the target of `{{sink}}`; only redirect to local paths or allow-listed hosts.',
  },
  docs: {
    whatItDoes:
      'Follows untrusted input to `redirect`, `HttpResponseRedirect` and `RedirectResponse`, unless a local path or constant host comes first.',
    whyBad:
      "Users trust links on the real domain; an open redirect forwards them to an attacker's page and lends it that trust.",
    businessImpact: "Credible phishing and OAuth token theft through the company's own domain.",
    attackScenario:
      'The attacker mails `https://bank.example/login?next=https://bank-example.evil/` and harvests the passwords typed on the copy.',
    example: 'return redirect(request.args["next"])',
    useInstead:
      'target = request.args.get("next", "/")\nif not url_has_allowed_host_and_scheme(target, allowed_hosts={request.host}): target = "/"\nreturn redirect(target)',
    testing:
      'Request `?next=https://evil.example` and `?next=//evil.example` and assert the redirect stays on the site.',
    knownProblems:
      'Checks written in helper functions other than `url_has_allowed_host_and_scheme` / `is_safe_url` are not recognised.',
    references: [
      'https://cwe.mitre.org/data/definitions/601.html',
      'https://cheatsheetseries.owasp.org/cheatsheets/Unvalidated_Redirects_and_Forwards_Cheat_Sheet.html',
    ],
  },
});
