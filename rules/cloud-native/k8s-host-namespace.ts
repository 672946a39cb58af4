// k8s-host-namespace: Kubernetes pod specs sharing the node's network, PID or IPC namespace.
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';

const FIELDS: Record<string, string> = {
  host_network: 'hostNetwork',
  host_pid: 'hostPID',
  host_ipc: 'hostIPC',
  host_users: 'hostUsers',
};
const MANIFEST_KEYS = new Set(['hostNetwork', 'hostPID', 'hostIPC']);

export default defineRule({
  meta: {
    id: 'k8s-host-namespace',
    title: 'Kubernetes pod shares a host namespace',
    category: 'cloud-native',
    cwe: ['CWE-653', 'CWE-250'],
    owasp: { '2021': ['A05:2021'], '2025': ['A02:2025'] },
    severity: 'high',
    riskScore: 7,
    confidence: 'high',
    evidence: 'config',
    threat: 'confidentiality',
    timeline: '7-days',
    technology: ['kubernetes'],
    aliases: {},
    messages: {
      hostNamespace:
        "Pod spec sets `{{field}}`: the pod shares the node's namespace and can see or reach host processes and services.",
    },
    docs: {
      whatItDoes:
        'Flags `V1PodSpec(host_network=True | host_pid=True | host_ipc=True)` and `"hostNetwork"/"hostPID"/"hostIPC": True` in dict manifests.',
      whyBad:
        'hostNetwork exposes node-local services (kubelet, metadata endpoint, 127.0.0.1 ports) and lets the pod sniff node traffic; hostPID lets it inspect and signal every process on the node; hostIPC shares memory.',
      businessImpact: 'Pod compromise leads to credential theft from the node and lateral movement across the cluster.',
      attackScenario:
        'A monitoring DaemonSet runs with hostPID; an attacker exploiting it reads /proc/<pid>/environ of other pods and collects database passwords.',
      example: 'client.V1PodSpec(containers=[c], host_network=True)',
      useInstead: 'client.V1PodSpec(containers=[c])  # expose ports through a Service instead',
      testing: 'Apply Pod Security Admission "baseline" to the namespace and assert the pod is admitted.',
      references: ['https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline'],
    },
  },
  requires: [
    ['hostnetwork', 'host_network', 'hostpid', 'host_pid', 'hostipc', 'host_ipc', 'hostusers', 'host_users'].map(
      (anyCase) => ({ anyCase }),
    ),
  ],
  create(ctx) {
    if (!/host_?(network|pid|ipc|users)|hostNetwork|hostPID|hostIPC/i.test(ctx.source)) return {};
    const check = (call: CallInfo) => {
      for (const [kw, field] of Object.entries(FIELDS)) {
        const value = ctx.truthiness(call.kwarg(kw));
        // hostUsers is the opposite: False means "share the host user namespace".
        if (kw === 'host_users' ? value === false : value === true) {
          ctx.report({
            node: call.node,
            messageId: 'hostNamespace',
            data: { field: `${kw}=${kw === 'host_users' ? 'False' : 'True'} (${field})` },
          });
          return;
        }
      }
    };
    return {
      calls: {
        '*.V1PodSpec': check,
        'kubernetes.client.V1PodSpec': check,
        'kubernetes.client.models.V1PodSpec': check,
      },
      nodes: {
        pair(node: Node) {
          const key = node.childForFieldName('key');
          if (key?.type !== 'string' || node.childForFieldName('value')?.type !== 'true') return;
          const name = ctx.staticString(key);
          if (name && MANIFEST_KEYS.has(name))
            ctx.report({ node, messageId: 'hostNamespace', data: { field: `${name}: True` } });
        },
      },
    };
  },
});
