// ssh-auto-add-policy: paramiko trusting unknown host keys (Bandit B507, Ruff S507).
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule, type RuleContext } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';

const POLICIES = new Set(['AutoAddPolicy', 'WarningPolicy']);

export default defineRule({
  meta: {
    id: 'ssh-auto-add-policy',
    title: 'SSH client accepts unknown host keys',
    category: 'data-protection',
    cwe: ['CWE-295', 'CWE-322'],
    owasp: { '2021': ['A07:2021', 'A02:2021'], '2025': ['A07:2025', 'A04:2025'] },
    severity: 'high',
    riskScore: 7,
    confidence: 'medium',
    evidence: 'config',
    threat: 'confidentiality',
    timeline: '7-days',
    technology: ['paramiko'],
    aliases: { bandit: ['B507'], ruff: ['S507'] },
    messages: {
      policy:
        '`{{policy}}` accepts any host key for unknown servers, so the first connection can be to an impostor. Load known_hosts and use `RejectPolicy`.',
    },
    docs: {
      whatItDoes:
        "Flags `set_missing_host_key_policy(...)` given paramiko's `AutoAddPolicy` or `WarningPolicy` (class or instance).",
      whyBad:
        'Host-key checking is what authenticates the server in SSH. Auto-adding unknown keys means a man-in-the-middle is trusted silently and receives the password or agent-forwarded keys.',
      businessImpact:
        'Credentials and commands sent to servers are captured; deployments and backups can be redirected.',
      attackScenario:
        "A deploy script connects to new hosts with AutoAddPolicy; an attacker poisons DNS for one host, presents their own key, and captures the deploy user's password.",
      example: 'client.set_missing_host_key_policy(paramiko.AutoAddPolicy())',
      useInstead: 'client.load_system_host_keys()\nclient.set_missing_host_key_policy(paramiko.RejectPolicy())',
      testing: 'Connect to a host whose key is not in known_hosts and assert `SSHException` is raised.',
      references: [
        'https://docs.paramiko.org/en/latest/api/client.html#paramiko.client.SSHClient.set_missing_host_key_policy',
        'https://cwe.mitre.org/data/definitions/322.html',
      ],
    },
  },
  hints: ['set_missing_host_key_policy'],
  create(ctx) {
    return {
      calls: {
        '*.set_missing_host_key_policy': (call: CallInfo) => {
          const policy = policyName(ctx, call.argOrKwarg(0, 'policy'));
          if (policy) ctx.report({ node: call.node, messageId: 'policy', data: { policy } });
        },
      },
    };
  },
});

/** `AutoAddPolicy`, `paramiko.AutoAddPolicy()`, `client.WarningPolicy` … → the policy name. */
function policyName(ctx: RuleContext, node: Node | undefined): string | undefined {
  const target = node?.type === 'call' ? node.childForFieldName('function') : node;
  if (!target || (target.type !== 'identifier' && target.type !== 'attribute')) return undefined;
  const name = (ctx.qualifiedName(target) ?? target.text).split('.').pop() ?? '';
  return POLICIES.has(name) ? name : undefined;
}
