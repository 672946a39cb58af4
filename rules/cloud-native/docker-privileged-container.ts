// docker-privileged-container: Docker SDK containers started privileged or with dangerous capabilities.
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule, type RuleContext } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';

const DANGEROUS_CAPS = new Set([
  'ALL',
  'SYS_ADMIN',
  'SYS_PTRACE',
  'SYS_MODULE',
  'NET_ADMIN',
  'DAC_READ_SEARCH',
  'SYS_RAWIO',
  'CAP_SYS_ADMIN',
]);

export default defineRule({
  meta: {
    id: 'docker-privileged-container',
    title: 'Docker container started privileged or with host-level capabilities',
    category: 'cloud-native',
    cwe: ['CWE-250', 'CWE-269'],
    owasp: { '2021': ['A05:2021'], '2025': ['A02:2025'] },
    severity: 'high',
    riskScore: 8,
    confidence: 'high',
    evidence: 'config',
    threat: 'integrity',
    timeline: '7-days',
    technology: ['docker'],
    aliases: {},
    messages: {
      privileged:
        '`{{fn}}` starts a privileged container: it gets every capability and all host devices, so escaping to the host is trivial.',
      capability: '`{{fn}}` adds the `{{cap}}` capability, which lets the container break out to the host.',
    },
    docs: {
      whatItDoes:
        'Flags Docker SDK calls (`containers.run/create`, `create_host_config`) with `privileged=True` or `cap_add` containing ALL, SYS_ADMIN, SYS_PTRACE, SYS_MODULE, NET_ADMIN, DAC_READ_SEARCH or SYS_RAWIO.',
      whyBad:
        "A privileged container runs with the host kernel's full capability set and device access; code inside can mount the host disk or load kernel modules.",
      businessImpact:
        'A compromise of the containerised workload becomes a compromise of the host and every other container on it.',
      attackScenario:
        'A CI service runs user builds with `containers.run(image, privileged=True)`; a malicious build mounts /dev/sda1 and plants an SSH key on the runner host.',
      example: 'client.containers.run(image, command, privileged=True)',
      useInstead:
        'client.containers.run(image, command, cap_drop=["ALL"], security_opt=["no-new-privileges"], read_only=True)',
      testing:
        'Inspect the created container (`docker inspect`) and assert `HostConfig.Privileged` is false and CapAdd is empty.',
      references: [
        'https://docker-py.readthedocs.io/en/stable/containers.html',
        'https://docs.docker.com/engine/containers/run/#runtime-privilege-and-linux-capabilities',
      ],
    },
  },
  hints: ['HostConfig', 'create', 'run'],
  requires: [['docker'], ['privileged', 'cap_add']],
  create(ctx) {
    if (!ctx.source.includes('docker') || !/privileged|cap_add/.test(ctx.source)) return {};
    const check = (call: CallInfo) => {
      if (!isDockerCall(call)) return;
      const fn = call.name ?? call.method ?? 'docker';
      if (ctx.truthiness(call.kwarg('privileged')) === true) {
        ctx.report({ node: call.node, messageId: 'privileged', data: { fn } });
        return;
      }
      const cap = dangerousCapability(ctx, call.kwarg('cap_add'));
      if (cap) ctx.report({ node: call.node, messageId: 'capability', data: { fn, cap } });
    };
    return {
      calls: { '*.run': check, '*.create': check, '*.create_host_config': check, 'docker.types.HostConfig': check },
    };
  },
});

/** `client.containers.run`, `docker.from_env().containers.create`, `api.create_host_config`. */
function isDockerCall(call: CallInfo): boolean {
  if (call.method === 'create_host_config' || call.name?.startsWith('docker.')) return true;
  return /containers$/.test(call.receiver?.text ?? '');
}

function dangerousCapability(ctx: RuleContext, node: Node | undefined): string | undefined {
  const value = ctx.staticValue(node);
  if (!Array.isArray(value)) return undefined;
  return value.find((c): c is string => typeof c === 'string' && DANGEROUS_CAPS.has(c.toUpperCase()));
}
