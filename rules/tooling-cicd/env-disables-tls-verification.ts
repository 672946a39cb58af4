// env-disables-tls-verification: environment variables set by code to turn off certificate checks.
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule, type RuleContext } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';

/** Variable → predicate on the value that disables verification. */
const VARIABLES: Record<string, (value: string) => boolean> = {
  PYTHONHTTPSVERIFY: (v) => v.trim() === '0',
  CURL_CA_BUNDLE: (v) => v === '',
  REQUESTS_CA_BUNDLE: (v) => v === '',
  SSL_CERT_FILE: (v) => v === '',
  GIT_SSL_NO_VERIFY: (v) => /^(1|true|yes)$/i.test(v.trim()),
  NODE_TLS_REJECT_UNAUTHORIZED: (v) => v.trim() === '0',
  HF_HUB_DISABLE_SSL_VERIFY: (v) => /^(1|true|yes)$/i.test(v.trim()),
};
export const QUICK = new RegExp(Object.keys(VARIABLES).join('|'));

export default defineRule({
  meta: {
    id: 'env-disables-tls-verification',
    title: 'Environment variable set to disable TLS verification',
    category: 'tooling-cicd',
    cwe: ['CWE-295'],
    owasp: { '2021': ['A02:2021', 'A05:2021'], '2025': ['A04:2025', 'A02:2025'] },
    severity: 'high',
    riskScore: 7,
    confidence: 'high',
    evidence: 'config',
    threat: 'confidentiality',
    timeline: '7-days',
    technology: ['requests', 'curl', 'git'],
    aliases: {},
    messages: {
      env: 'Setting `{{name}}` to `{{value}}` disables certificate verification for the process and its children.',
    },
    docs: {
      whatItDoes:
        'Flags `os.environ[...] = …`, `os.environ.setdefault/update` and `os.putenv` that set PYTHONHTTPSVERIFY=0, CURL_CA_BUNDLE/REQUESTS_CA_BUNDLE/SSL_CERT_FILE to "", GIT_SSL_NO_VERIFY, NODE_TLS_REJECT_UNAUTHORIZED=0 or HF_HUB_DISABLE_SSL_VERIFY.',
      whyBad:
        'These variables switch off certificate checks in requests, curl, git, Node or Python itself, for this process and every subprocess it starts — far beyond the one call that needed it.',
      businessImpact:
        'Every HTTPS download and API call of the job can be intercepted; in CI, build inputs can be swapped.',
      attackScenario:
        'A training script sets `CURL_CA_BUNDLE=""` to get around a proxy; an attacker on the network serves a poisoned model file over forged TLS and it is loaded with pickle.',
      example: 'os.environ["CURL_CA_BUNDLE"] = ""',
      useInstead: 'os.environ["REQUESTS_CA_BUNDLE"] = "/etc/ssl/certs/corp-ca.pem"  # trust the proxy CA explicitly',
      testing:
        'Run the job against a host with an invalid certificate and assert it fails; assert the variables are unset in the job environment.',
      references: [
        'https://requests.readthedocs.io/en/latest/user/advanced/#ssl-cert-verification',
        'https://peps.python.org/pep-0493/',
      ],
    },
  },
  hints: Object.keys(VARIABLES),
  requires: [Object.keys(VARIABLES)],
  create(ctx) {
    if (!QUICK.test(ctx.source)) return {};
    const check = (node: Node, key: Node | undefined, value: Node | undefined) => {
      const name = key ? ctx.staticString(key) : undefined;
      const text = value ? ctx.staticString(value) : undefined;
      const disables = name !== undefined ? VARIABLES[name] : undefined;
      if (!disables || text === undefined || !disables(text)) return;
      ctx.report({ node, messageId: 'env', data: { name: name ?? '', value: JSON.stringify(text) } });
    };
    const setter = (call: CallInfo) => check(call.node, call.arg(0), call.arg(1));
    const update = (call: CallInfo) => updateCall(ctx, call, check);
    return {
      calls: { 'os.environ.setdefault': setter, 'os.putenv': setter, 'os.environ.update': update },
      nodes: {
        assignment(node) {
          const left = node.childForFieldName('left');
          if (left?.type !== 'subscript' || ctx.qualifiedName(left.childForFieldName('value') ?? left) !== 'os.environ')
            return;
          check(node, left.childForFieldName('subscript') ?? undefined, node.childForFieldName('right') ?? undefined);
        },
      },
    };
  },
});

/** `os.environ.update({"K": "v"})` and `os.environ.update(K="v")`. */
function updateCall(
  ctx: RuleContext,
  call: CallInfo,
  check: (node: Node, key: Node | undefined, value: Node | undefined) => void,
): void {
  const dict = call.arg(0);
  for (const pair of dict?.type === 'dictionary' ? dict.namedChildren : []) {
    if (pair?.type === 'pair')
      check(call.node, pair.childForFieldName('key') ?? undefined, pair.childForFieldName('value') ?? undefined);
  }
  for (const [name, value] of call.keywords) {
    if (VARIABLES[name] && VARIABLES[name](ctx.staticString(value) ?? '\0')) {
      ctx.report({ node: call.node, messageId: 'env', data: { name, value: value.text } });
    }
  }
}
