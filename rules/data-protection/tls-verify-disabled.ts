// tls-verify-disabled: HTTP clients told not to verify TLS certificates (Bandit B501, Ruff S501).
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule, type RuleContext } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { removeArgument, replaceNode } from '../../src/analysis/python/fixes.js';

const VERBS = ['get', 'options', 'head', 'post', 'put', 'patch', 'delete', 'request', 'stream', 'send', 'ws_connect'];
const CONSTRUCTORS = [
  'httpx.Client',
  'httpx.AsyncClient',
  'httpx.HTTPTransport',
  'httpx.AsyncHTTPTransport',
  'aiohttp.TCPConnector',
  'aiohttp.ClientSession',
];

export default defineRule({
  meta: {
    id: 'tls-verify-disabled',
    title: 'TLS certificate verification disabled in an HTTP client',
    category: 'data-protection',
    cwe: ['CWE-295'],
    owasp: { '2021': ['A02:2021', 'A07:2021'], '2025': ['A04:2025', 'A07:2025'] },
    severity: 'high',
    riskScore: 8,
    confidence: 'high',
    evidence: 'config',
    threat: 'confidentiality',
    timeline: '7-days',
    technology: ['requests', 'httpx', 'aiohttp'],
    aliases: { bandit: ['B501'], ruff: ['S501'] },
    fixable: true,
    messages: {
      verifyFalse:
        '`{{fn}}` is called with `{{arg}}`: certificates are not checked, so anyone on the path can read and alter the traffic.',
      verifyAttribute: 'Setting `{{target}} = False` turns off certificate checks for every request of this session.',
    },
    docs: {
      whatItDoes:
        'Flags `verify=False` on requests/httpx calls, sessions and clients (`session.get(..., verify=False)`, `httpx.Client(verify=False)`), `ssl=False` / `verify_ssl=False` on aiohttp, and `session.verify = False`.',
      whyBad:
        'Without certificate verification TLS only encrypts: any machine on the network path can present its own certificate and read or modify requests, including credentials and tokens.',
      businessImpact:
        'Credential theft, API-key leakage and tampered responses (e.g. malicious updates or forged payment data) through a man-in-the-middle.',
      attackScenario:
        'On a shared Wi-Fi or a compromised proxy, an attacker answers the HTTPS connection with a self-signed certificate; because `verify=False` is set, the client sends its bearer token to the attacker.',
      example: 'requests.post(url, json=payload, verify=False)',
      useInstead: 'requests.post(url, json=payload, timeout=30)  # or verify="/path/to/internal-ca.pem"',
      testing: 'Point the client at a server with a self-signed certificate and assert the call raises an SSL error.',
      knownProblems: 'A `verify` value computed at run time is not reported.',
      references: [
        'https://requests.readthedocs.io/en/latest/user/advanced/#ssl-cert-verification',
        'https://www.python-httpx.org/advanced/ssl/',
        'https://cwe.mitre.org/data/definitions/295.html',
      ],
    },
  },
  hints: ['verify', 'ssl'],
  requires: [['False']],
  create(ctx) {
    if (!/verify\w*\s*=\s*False|ssl\s*=\s*False/.test(ctx.source)) return {}; // nothing to find: skip the visitors
    const check = (call: CallInfo) => {
      for (const name of ['verify', 'ssl', 'verify_ssl']) {
        const value = call.kwarg(name);
        if (!value || value.type !== 'false') continue;
        report(ctx, value, call.name ?? call.method ?? 'request', `${name}=False`);
      }
    };
    const calls: Record<string, (call: CallInfo) => void> = {};
    for (const verb of VERBS) calls[`*.${verb}`] = check;
    for (const name of CONSTRUCTORS) calls[name] = check;
    return {
      calls,
      nodes: {
        assignment(node) {
          const left = node.childForFieldName('left');
          const right = node.childForFieldName('right');
          if (left?.type !== 'attribute' || right?.type !== 'false') return;
          if (left.childForFieldName('attribute')?.text !== 'verify') return;
          ctx.report({
            node,
            messageId: 'verifyAttribute',
            data: { target: left.text },
            fix: { description: 'Turn certificate verification back on.', edits: [replaceNode(right, 'True')] },
          });
        },
      },
    };
  },
});

/** Reported on the keyword argument, whose line is the one Bandit reports. */
function report(ctx: RuleContext, value: Node, fn: string, arg: string): void {
  const keyword = value.parent ?? value;
  ctx.report({
    node: keyword,
    messageId: 'verifyFalse',
    data: { fn, arg },
    fix: { description: `Remove ${arg} so certificates are verified.`, edits: [removeArgument(value, ctx.source)] },
  });
}
