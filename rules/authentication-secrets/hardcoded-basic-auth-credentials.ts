// hardcoded-basic-auth-credentials: literal user/password pairs given to HTTP client authentication.
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule, type RuleContext, secretsIn } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { isPlaceholderValue } from '../../src/analysis/python/secret-values.js';
import { preview } from '../../src/analysis/python/hardcoded-secret.js';

const AUTH_CLASSES = [
  'requests.auth.HTTPBasicAuth',
  'requests.auth.HTTPDigestAuth',
  'requests.auth.HTTPProxyAuth',
  'httpx.BasicAuth',
  'httpx.DigestAuth',
  'aiohttp.BasicAuth',
];
const VERBS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'request'];
const CLIENT_CALLS = [
  ...VERBS.flatMap((v) => [`requests.${v}`, `httpx.${v}`]),
  'requests.Session',
  'httpx.Client',
  'httpx.AsyncClient',
];

export default defineRule({
  meta: {
    id: 'hardcoded-basic-auth-credentials',
    title: 'Hard-coded HTTP authentication credentials',
    category: 'authentication-secrets',
    cwe: ['CWE-798', 'CWE-259'],
    owasp: { '2021': ['A07:2021'], '2025': ['A07:2025'] },
    severity: 'high',
    riskScore: 7,
    confidence: 'high',
    evidence: 'config',
    threat: 'confidentiality',
    timeline: 'immediate',
    technology: ['requests', 'httpx', 'aiohttp'],
    aliases: {},
    messages: {
      literal:
        "`{{fn}}` is given a hard-coded password ('{{preview}}'); read credentials from the environment or a secret store.",
    },
    docs: {
      whatItDoes:
        'Flags `HTTPBasicAuth("user", "pass")`, `HTTPDigestAuth`, httpx/aiohttp `BasicAuth`, and `requests.get(..., auth=("user", "pass"))` when the password is a literal.',
      whyBad:
        'The password is published with the code and shared by every environment; Basic credentials are also replayable by anyone who sees them.',
      businessImpact: 'Unauthorised access to the protected API or admin endpoint from anywhere the credentials work.',
      attackScenario:
        'The attacker clones a leaked repository, finds `auth=("admin", "Adm1n!")` for the internal Jenkins API and triggers a build that exfiltrates deployment keys.',
      example: 'requests.get(url, auth=("admin", "Adm1n!"), timeout=10)',
      useInstead: 'requests.get(url, auth=(os.environ["SVC_USER"], os.environ["SVC_PASSWORD"]), timeout=10)',
      testing:
        'Run with the environment variables unset and assert the request is not sent; rotate the leaked password.',
      knownProblems: 'Empty and placeholder passwords are not reported; test files report low.',
      references: [
        'https://requests.readthedocs.io/en/latest/user/authentication/',
        'https://cwe.mitre.org/data/definitions/798.html',
      ],
    },
  },
  hints: ['AsyncClient', 'HTTPBasicAuth', 'HTTPDigestAuth', 'HTTPProxyAuth', 'Session', 'aiohttp', 'httpx', 'requests'],
  create(ctx) {
    const authObject = (call: CallInfo) => report(ctx, call, call.argOrKwarg(1, 'password'));
    const authTuple = (call: CallInfo) => {
      const auth = call.kwarg('auth');
      if (auth?.type === 'tuple' || auth?.type === 'list') report(ctx, call, auth.namedChild(1) ?? undefined);
    };
    return {
      calls: {
        ...Object.fromEntries(AUTH_CLASSES.map((name) => [name, authObject])),
        ...Object.fromEntries(CLIENT_CALLS.map((name) => [name, authTuple])),
      },
    };
  },
});

function report(ctx: RuleContext, call: CallInfo, password: Node | undefined): void {
  const value = ctx.staticString(password);
  if (value === undefined || isPlaceholderValue(value)) return;
  ctx.report({
    node: call.node,
    messageId: 'literal',
    data: { fn: call.name ?? '', preview: preview(value) },
    ...secretsIn(password),
    ...(ctx.file.isTest ? { severity: 'low' as const } : {}),
  });
}
