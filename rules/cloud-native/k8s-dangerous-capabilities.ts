// k8s-dangerous-capabilities: Kubernetes containers granted Linux capabilities that allow escaping to the node.
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';

const DANGEROUS = new Set([
  'ALL',
  'SYS_ADMIN',
  'SYS_PTRACE',
  'SYS_MODULE',
  'NET_ADMIN',
  'NET_RAW',
  'DAC_READ_SEARCH',
  'SYS_RAWIO',
  'BPF',
  'PERFMON',
]);

export default defineRule({
  meta: {
    id: 'k8s-dangerous-capabilities',
    title: 'Kubernetes container adds dangerous Linux capabilities',
    category: 'cloud-native',
    cwe: ['CWE-250', 'CWE-269'],
    owasp: { '2021': ['A05:2021'], '2025': ['A02:2025'] },
    severity: 'high',
    riskScore: 7,
    confidence: 'high',
    evidence: 'config',
    threat: 'integrity',
    timeline: '7-days',
    technology: ['kubernetes'],
    aliases: {},
    messages: {
      capability:
        'Container adds the `{{cap}}` capability, which lets a compromised process escape to the node or spy on its traffic; drop ALL and add only what is needed.',
    },
    docs: {
      whatItDoes:
        'Flags `V1Capabilities(add=[…])` and dict manifests (`"capabilities": {"add": […]}`) that add ALL, SYS_ADMIN, SYS_PTRACE, SYS_MODULE, NET_ADMIN, NET_RAW, DAC_READ_SEARCH, SYS_RAWIO, BPF or PERFMON.',
      whyBad:
        'SYS_ADMIN is "the new root" (mount, namespaces), SYS_MODULE loads kernel modules, SYS_PTRACE reads other processes, NET_RAW/NET_ADMIN allow spoofing and sniffing on the node network.',
      businessImpact: 'A single compromised pod can take over its node and move laterally in the cluster.',
      attackScenario:
        'A debugging sidecar ships with `add=["SYS_PTRACE"]`; an attacker in the pod attaches to the main process and dumps its secrets from memory.',
      example: 'client.V1SecurityContext(capabilities=client.V1Capabilities(add=["SYS_ADMIN"]))',
      useInstead:
        'client.V1SecurityContext(capabilities=client.V1Capabilities(drop=["ALL"], add=["NET_BIND_SERVICE"]))',
      testing: 'Apply Pod Security Admission "restricted" in a test namespace and assert the pod is admitted.',
      references: [
        'https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted',
        'https://man7.org/linux/man-pages/man7/capabilities.7.html',
      ],
    },
  },
  hints: ['V1Capabilities', 'capabilities"', "capabilities'"],
  requires: [['V1Capabilities', "'capabilities'", '"capabilities"']],
  create(ctx) {
    if (!/V1Capabilities|["']capabilities["']/.test(ctx.source)) return {};
    const dangerous = (node: Node | null | undefined) => {
      const value = ctx.staticValue(node);
      return Array.isArray(value)
        ? value.find((c): c is string => typeof c === 'string' && DANGEROUS.has(c.toUpperCase().replace(/^CAP_/, '')))
        : undefined;
    };
    const check = (call: CallInfo) => {
      const cap = dangerous(call.kwarg('add'));
      if (cap) ctx.report({ node: call.node, messageId: 'capability', data: { cap } });
    };
    return {
      calls: {
        '*.V1Capabilities': check,
        'kubernetes.client.V1Capabilities': check,
        'kubernetes.client.models.V1Capabilities': check,
      },
      nodes: {
        pair(node: Node) {
          const key = node.childForFieldName('key');
          if (key?.type !== 'string' || ctx.staticString(key) !== 'add') return;
          const owner = node.parent?.parent;
          if (owner?.type !== 'pair' || !/^["']capabilities["']$/.test(owner.childForFieldName('key')?.text ?? ''))
            return;
          const cap = dangerous(node.childForFieldName('value'));
          if (cap) ctx.report({ node, messageId: 'capability', data: { cap } });
        },
      },
    };
  },
});
