// secret-in-query-string: passwords, API keys and tokens sent in URL query strings (CWE-598).
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { isCredentialName } from '../../src/analysis/python/secret-names.js';

const GETS = [
  'requests.get',
  'requests.head',
  'requests.delete',
  'httpx.get',
  'httpx.head',
  'httpx.delete',
  'aiohttp.ClientSession.get',
];
const QUERY_SECRET =
  /[?&](password|passwd|pwd|secret|client_secret|api_?key|apikey|access_token|auth_token|private_token|token)=/i;

export default defineRule({
  meta: {
    id: 'secret-in-query-string',
    title: 'Secret sent in a URL query string',
    category: 'data-protection',
    cwe: ['CWE-598', 'CWE-532'],
    owasp: { '2021': ['A04:2021', 'A02:2021'], '2025': ['A06:2025', 'A04:2025'] },
    severity: 'medium',
    riskScore: 5,
    confidence: 'medium',
    technology: ['requests', 'httpx'],
    threat: 'confidentiality',
    timeline: '30-days',
    aliases: {},
    messages: {
      params:
        '`{{fn}}` puts `{{name}}` in the query string; URLs are logged by servers, proxies and browsers. Send it in a header or POST body.',
    },
    docs: {
      whatItDoes:
        'Flags GET/HEAD/DELETE calls of requests/httpx whose `params=` include a password/secret/API-key/token field, and URL literals containing `?password=`, `&api_key=`, `?access_token=` and similar.',
      whyBad:
        'Query strings are written to web-server and proxy access logs, browser history and analytics, and leak through the Referer header to third-party resources.',
      businessImpact:
        'API keys and passwords spread to log systems and third parties, where they are retained far longer and seen by far more people than intended.',
      attackScenario:
        "A partner integration calls `GET /export?api_key=…`; the key is stored in the CDN's access logs, which a support contractor can search, and is reused to export all customer data.",
      example: 'requests.get(url, params={"api_key": API_KEY, "q": query})',
      useInstead: 'requests.get(url, params={"q": query}, headers={"Authorization": f"Bearer {API_KEY}"}, timeout=10)',
      testing:
        'Inspect the server access log in an integration test and assert no credential appears in request lines.',
      knownProblems:
        'Some third-party APIs only accept keys in the query string; suppress with a reason naming the API. Dynamic URLs are checked only when they are constant.',
      references: [
        'https://cwe.mitre.org/data/definitions/598.html',
        'https://owasp.org/www-community/vulnerabilities/Information_exposure_through_query_strings_in_url',
      ],
    },
  },
  hints: ['ClientSession', 'httpx', 'requests'],
  create(ctx) {
    const check = (call: CallInfo) => {
      const keys = paramKeys(call.kwarg('params'));
      const fromParams = keys.find(isCredentialName);
      // The URL's source text: f-strings and concatenations keep the literal `?password=` part visible.
      const urlNode = call.argOrKwarg(0, 'url');
      const literal = urlNode && /string|binary_operator/.test(urlNode.type) ? urlNode.text.slice(0, 500) : undefined;
      const fromUrl = literal ? QUERY_SECRET.exec(literal)?.[1] : undefined;
      const name = fromParams ?? fromUrl;
      if (name) ctx.report({ node: call.node, messageId: 'params', data: { fn: call.name ?? '', name } });
    };
    return { calls: Object.fromEntries(GETS.map((name) => [name, check])) };
  },
});

function paramKeys(node: Node | undefined): string[] {
  if (node?.type !== 'dictionary') return [];
  return node.namedChildren.flatMap((pair) => {
    const key = pair?.type === 'pair' ? pair.childForFieldName('key') : undefined;
    return key?.type === 'string' ? [key.text.replace(/^[a-z]*['"]+|['"]+$/gi, '')] : [];
  });
}
