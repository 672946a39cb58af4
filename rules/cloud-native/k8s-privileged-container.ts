// k8s-privileged-container: Kubernetes security contexts that make a container privileged or let it escalate.
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';

export default defineRule({
  meta: {
    id: 'k8s-privileged-container',
    title: 'Kubernetes container privileged or allowed to escalate privileges',
    category: 'cloud-native',
    cwe: ['CWE-250', 'CWE-269'],
    owasp: { '2021': ['A05:2021'], '2025': ['A02:2025'] },
    severity: 'high',
    riskScore: 8,
    confidence: 'high',
    evidence: 'config',
    threat: 'integrity',
    timeline: '7-days',
    technology: ['kubernetes'],
    aliases: {},
    messages: {
      privileged: '`{{where}}` sets `privileged: True`: the container has full access to the node.',
      escalation:
        '`{{where}}` sets `allow_privilege_escalation=True`: setuid binaries can gain root inside the container.',
    },
    docs: {
      whatItDoes:
        'Flags `V1SecurityContext(privileged=True)` or `allow_privilege_escalation=True` from the kubernetes client, and `"privileged": True` entries in dict manifests (`securityContext`).',
      whyBad:
        'A privileged pod gets every capability and host device; escaping to the node (and its kubelet credentials) takes one mount command. Privilege escalation lets a process gain more rights than its parent.',
      businessImpact: 'A single compromised pod leads to node and often cluster takeover.',
      attackScenario:
        "An operator creates job pods with `V1SecurityContext(privileged=True)`; an attacker who controls a job image mounts the node disk and reads other pods' service-account tokens.",
      example:
        'client.V1Container(name="job", image=image, security_context=client.V1SecurityContext(privileged=True))',
      useInstead:
        'client.V1SecurityContext(privileged=False, allow_privilege_escalation=False, run_as_non_root=True, capabilities=client.V1Capabilities(drop=["ALL"]))',
      testing:
        'Apply the Pod Security Admission "restricted" profile in a test namespace and assert the pod is admitted.',
      references: [
        'https://kubernetes.io/docs/concepts/security/pod-security-standards/',
        'https://kubernetes.io/docs/tasks/configure-pod-container/security-context/',
      ],
    },
  },
  hints: ['privileged', 'privilege_escalation', 'privilegeEscalation'],
  requires: [['privileged', 'privilege_escalation', 'privilegeEscalation']],
  create(ctx) {
    if (!/privileged|privilege_escalation|privilegeEscalation/.test(ctx.source)) return {};
    const check = (call: CallInfo) => {
      if (ctx.truthiness(call.kwarg('privileged')) === true)
        ctx.report({ node: call.node, messageId: 'privileged', data: { where: 'V1SecurityContext' } });
      else if (ctx.truthiness(call.kwarg('allow_privilege_escalation')) === true)
        ctx.report({ node: call.node, messageId: 'escalation', data: { where: 'V1SecurityContext' } });
    };
    return {
      calls: {
        '*.V1SecurityContext': check,
        'kubernetes.client.V1SecurityContext': check,
        'kubernetes.client.models.V1SecurityContext': check,
      },
      nodes: {
        pair(node: Node) {
          const key = node.childForFieldName('key');
          if (key?.type !== 'string' || node.childForFieldName('value')?.type !== 'true') return;
          const name = ctx.staticString(key);
          if (name === 'privileged' && insideSecurityContext(node))
            ctx.report({ node, messageId: 'privileged', data: { where: 'securityContext' } });
          else if (name === 'allowPrivilegeEscalation')
            ctx.report({ node, messageId: 'escalation', data: { where: 'securityContext' } });
        },
      },
    };
  },
});

/** `{"securityContext": {"privileged": True}}`: the dict holding the pair is the value of a securityContext key. */
function insideSecurityContext(pair: Node): boolean {
  const outer = pair.parent?.parent;
  return outer?.type === 'pair' && /^["']security_?[cC]ontext["']$/.test(outer.childForFieldName('key')?.text ?? '');
}
