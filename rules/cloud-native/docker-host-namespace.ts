// docker-host-namespace: Docker SDK containers sharing the host's network, PID, IPC or user namespace.
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';

const MODES = ['network_mode', 'pid_mode', 'ipc_mode', 'userns_mode', 'uts_mode'];

export default defineRule({
  meta: {
    id: 'docker-host-namespace',
    title: 'Docker container shares a host namespace',
    category: 'cloud-native',
    cwe: ['CWE-653', 'CWE-250'],
    owasp: { '2021': ['A05:2021'], '2025': ['A02:2025'] },
    severity: 'medium',
    riskScore: 6,
    confidence: 'high',
    evidence: 'config',
    threat: 'confidentiality',
    timeline: '30-days',
    technology: ['docker'],
    aliases: {},
    messages: {
      hostMode:
        '`{{fn}}` sets `{{mode}}="host"`: the container shares that namespace with the host and loses its isolation.',
    },
    docs: {
      whatItDoes:
        'Flags Docker SDK calls (`containers.run/create`, `create_host_config`) with `network_mode`, `pid_mode`, `ipc_mode`, `userns_mode` or `uts_mode` set to "host".',
      whyBad:
        'Host networking exposes every host-local service (metadata endpoint, admin ports on 127.0.0.1) to the container; host PID lets it signal or ptrace host processes; host IPC shares memory segments.',
      businessImpact: "A compromised container reaches host-only services and other tenants' processes.",
      attackScenario:
        'A scraper runs with `network_mode="host"`; an SSRF in it reaches the Docker daemon\'s debug port bound to 127.0.0.1 on the host.',
      example: 'client.containers.run(image, network_mode="host")',
      useInstead: 'client.containers.run(image, ports={"8080/tcp": ("127.0.0.1", 8080)})',
      testing: 'Inspect the container and assert NetworkMode/PidMode/IpcMode are not "host".',
      references: [
        'https://docker-py.readthedocs.io/en/stable/containers.html',
        'https://docs.docker.com/engine/network/drivers/host/',
      ],
    },
  },
  hints: ['HostConfig', 'create', 'run'],
  requires: [['docker'], ['network_mode', 'pid_mode', 'ipc_mode', 'userns_mode', 'uts_mode']],
  create(ctx) {
    if (!ctx.source.includes('docker') || !/(network|pid|ipc|userns|uts)_mode/.test(ctx.source)) return {};
    const check = (call: CallInfo) => {
      if (!(
        call.method === 'create_host_config' ||
        call.name?.startsWith('docker.') ||
        /containers$/.test(call.receiver?.text ?? '')
      ))
        return;
      for (const mode of MODES) {
        if (ctx.staticString(call.kwarg(mode)) === 'host') {
          ctx.report({
            node: call.node,
            messageId: 'hostMode',
            data: { fn: call.name ?? call.method ?? 'docker', mode },
            ...(mode === 'network_mode' ? {} : { severity: 'high' as const }),
          });
          return;
        }
      }
    };
    return {
      calls: { '*.run': check, '*.create': check, '*.create_host_config': check, 'docker.types.HostConfig': check },
    };
  },
});
