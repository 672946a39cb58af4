// tainted-url: follows untrusted input to the URL or host of `requests`, `httpx`, `urllib.request.urlopen`, `http.client` and the `aiohttp` client, unless a constant scheme and host come first (data flow).
import { defineTaintRule } from '../../src/analysis/taint/define-taint-rule.js';

export default defineTaintRule({
  id: 'tainted-url',
  title: 'Untrusted input chooses the server a request goes to',
  category: 'ssrf',
  cwe: ['CWE-918'],
  owasp: { '2021': ['A10:2021'], '2025': ['A01:2025'] },
  severity: 'high',
  riskScore: 8,
  confidence: 'high',
  threat: 'confidentiality',
  timeline: '7-days',
  technology: ['requests', 'httpx', 'urllib', 'aiohttp'],
  aliases: {},
  taint: { sinks: ['ssrf'], messageId: 'tainted' },
  messages: {
    tainted:
      'Untrusted input from `{{source}}` (line {{sourceLine}}) decides where `{{sink}}` sends a request; allow-list the host.',
  },
  docs: {
    whatItDoes:
      'Follows untrusted input to the URL or host of `requests`, `httpx`, `urllib.request.urlopen`, `http.client` and the `aiohttp` client, unless a constant scheme and host come first.',
    whyBad:
      'The server makes the request with its own network position and credentials: internal services and cloud metadata endpoints become reachable.',
    businessImpact:
      'Theft of cloud credentials from the metadata service, access to internal admin APIs, port scanning from inside the network.',
    attackScenario:
      'The attacker submits `url=http://169.254.169.254/latest/meta-data/iam/security-credentials/` to a "fetch preview" feature and reads the response.',
    example: 'requests.get(request.args["url"])',
    useInstead: 'if urlparse(url).hostname not in ALLOWED_HOSTS: abort(400)\nrequests.get(url, timeout=5)',
    testing: 'Request internal addresses (127.0.0.1, 169.254.169.254, localhost names) and assert they are refused.',
    knownProblems: 'An allow-list check inside a helper function is not recognised; DNS rebinding is out of scope.',
    references: [
      'https://cwe.mitre.org/data/definitions/918.html',
      'https://cheatsheetseries.owasp.org/cheatsheets/Server_Side_Request_Forgery_Prevention_Cheat_Sheet.html',
    ],
  },
});
