// cleartext-credential-transmission: credentials sent to a plain http:// URL (CWE-319).
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule, type RuleContext } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { isCredentialName } from '../../src/analysis/python/secret-names.js';
import { credentialOperand } from '../../src/analysis/python/secret-operands.js';

const VERBS = ['get', 'post', 'put', 'patch', 'delete', 'request', 'head', 'options'];
const CLIENTS = [
  ...VERBS.flatMap((v) => [`requests.${v}`, `httpx.${v}`]),
  'urllib.request.urlopen',
  'urllib.request.Request',
];
const LOCAL_HOST =
  /^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|0\.0\.0\.0|[\w.-]+\.(local|localhost|test|internal|example))(:\d+)?$/i;
const AUTH_HEADER = /^(authorization|proxy-authorization|x-api-key|x-auth-token|api-key|x-access-token|cookie)$/i;

export default defineRule({
  meta: {
    id: 'cleartext-credential-transmission',
    title: 'Credentials sent over plain HTTP',
    category: 'data-protection',
    cwe: ['CWE-319', 'CWE-523'],
    owasp: { '2021': ['A02:2021'], '2025': ['A04:2025'] },
    severity: 'medium',
    riskScore: 6,
    confidence: 'medium',
    threat: 'confidentiality',
    timeline: '7-days',
    technology: ['requests', 'httpx', 'urllib'],
    aliases: {},
    messages: {
      cleartext:
        '`{{fn}}` sends {{what}} to `{{url}}` over plain HTTP; anyone on the network path can read it. Use https://.',
    },
    docs: {
      whatItDoes:
        'Flags requests/httpx/urllib calls to a constant `http://` URL (not localhost or *.local/*.test) that carry credentials: `auth=`, an Authorization/API-key header, or a body/params field or variable named like a password, secret or token.',
      whyBad:
        'HTTP is unencrypted: Wi-Fi neighbours, ISPs, proxies and compromised routers see the credentials, and can also modify the response.',
      businessImpact:
        'Credential theft on the wire leading to account or API takeover; breaches of PCI DSS requirement 4 and GDPR article 32.',
      attackScenario:
        'A mobile back-office tool posts `{"username": u, "password": p}` to `http://api.company.com/login`; an attacker on the hotel Wi-Fi captures it with a packet sniffer.',
      example: 'requests.post("http://api.example.org/login", json={"user": user, "password": password})',
      useInstead:
        'requests.post("https://api.example.org/login", json={"user": user, "password": password}, timeout=10)',
      testing:
        'Assert the configured base URL starts with https:// and that the server redirects or refuses plain HTTP (HSTS).',
      knownProblems:
        'Only constant URLs are checked; URLs built from configuration at run time are not. Loopback and *.local/*.test/*.internal/*.example hosts are ignored.',
      references: [
        'https://cwe.mitre.org/data/definitions/319.html',
        'https://cheatsheetseries.owasp.org/cheatsheets/Transport_Layer_Security_Cheat_Sheet.html',
      ],
    },
  },
  hints: ['Request', 'httpx', 'requests', 'urlopen'],
  create(ctx) {
    const check = (call: CallInfo) => {
      const isRequest = call.name === 'requests.request' || call.name === 'httpx.request';
      const url = ctx.staticString(isRequest ? call.argOrKwarg(1, 'url') : call.argOrKwarg(0, 'url'));
      const host = url ? /^http:\/\/(?:[^@/]*@)?([^/?#]+)/i.exec(url)?.[1] : undefined;
      if (!url || !host || LOCAL_HOST.test(host)) return;
      const what = credentialsCarried(ctx, call);
      if (what)
        ctx.report({
          node: call.node,
          messageId: 'cleartext',
          data: { fn: call.name ?? '', what, url: url.slice(0, 60) },
        });
    };
    return { calls: Object.fromEntries(CLIENTS.map((name) => [name, check])) };
  },
});

/** A description of the credentials a request carries, or undefined. */
function credentialsCarried(ctx: RuleContext, call: CallInfo): string | undefined {
  if (call.kwarg('auth')) return 'HTTP authentication';
  const headers = ctx.staticValue(call.kwarg('headers'));
  if (headers instanceof Map && [...headers.keys()].some((k) => AUTH_HEADER.test(k))) return 'an authorization header';
  const headerNode = call.kwarg('headers');
  if (headerNode && dictKeys(headerNode).some((k) => AUTH_HEADER.test(k))) return 'an authorization header';
  for (const field of ['data', 'json', 'params']) {
    const body = call.kwarg(field);
    if (!body) continue;
    const key = dictKeys(body).find(isCredentialName);
    if (key) return `the \`${key}\` field`;
    const name = credentialOperand(body);
    if (name) return `\`${name}\``;
  }
  const positionalBody =
    call.name === 'urllib.request.urlopen' || call.name === 'urllib.request.Request' ? call.arg(1) : undefined;
  const name = credentialOperand(positionalBody);
  return name ? `\`${name}\`` : undefined;
}

/** String keys of a dict literal (`{"password": p}`) or of `dict(password=p)`. */
function dictKeys(node: Node): string[] {
  if (node.type === 'dictionary') {
    return node.namedChildren.flatMap((pair) => {
      const key = pair?.type === 'pair' ? pair.childForFieldName('key') : undefined;
      return key?.type === 'string' ? [key.text.replace(/^[a-z]*['"]+|['"]+$/gi, '')] : [];
    });
  }
  if (node.type === 'call' && node.childForFieldName('function')?.text === 'dict') {
    return (node.childForFieldName('arguments')?.namedChildren ?? []).flatMap((a) =>
      a?.type === 'keyword_argument' ? [a.childForFieldName('name')?.text ?? ''] : [],
    );
  }
  return [];
}
