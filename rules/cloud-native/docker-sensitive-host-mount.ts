// docker-sensitive-host-mount: containers (Docker SDK or Kubernetes hostPath) mounting the host root or the Docker socket.
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule, type RuleContext } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import type { StaticValue } from '../../src/analysis/python/literals.js';

const SENSITIVE =
  /^(\/|\/etc|\/root|\/proc|\/sys|\/dev|\/boot|\/var\/lib\/docker|\/var\/lib\/kubelet|\/home|\/(var\/)?run\/(docker|containerd\/containerd|crio\/crio)\.sock)\/?$/;

export default defineRule({
  meta: {
    id: 'docker-sensitive-host-mount',
    title: 'Container mounts the host root, system directories or the container runtime socket',
    category: 'cloud-native',
    cwe: ['CWE-250', 'CWE-668'],
    owasp: { '2021': ['A05:2021', 'A01:2021'], '2025': ['A02:2025', 'A01:2025'] },
    severity: 'high',
    riskScore: 8,
    confidence: 'high',
    evidence: 'config',
    threat: 'integrity',
    timeline: '7-days',
    technology: ['docker', 'kubernetes'],
    aliases: {},
    messages: {
      mount: '`{{fn}}` mounts the host path `{{path}}` into the container; that hands over control of the host.',
    },
    docs: {
      whatItDoes:
        'Flags Docker SDK `volumes=`/`binds=`/`mounts=` and Kubernetes `V1HostPathVolumeSource(path=…)` that mount `/`, /etc, /root, /proc, /sys, /dev, /var/lib/docker, /var/lib/kubelet, /home or a container runtime socket.',
      whyBad:
        'Whoever can talk to the Docker socket can start a privileged container and own the host; a mounted root or /etc lets the container rewrite host credentials and services.',
      businessImpact: 'Container compromise becomes host and cluster compromise.',
      attackScenario:
        'A "docker-in-docker" helper mounts /var/run/docker.sock into a job container; a malicious job calls the API to start `--privileged -v /:/host` and adds a root SSH key.',
      example:
        'client.containers.run(image, volumes={"/var/run/docker.sock": {"bind": "/var/run/docker.sock", "mode": "rw"}})',
      useInstead:
        'client.containers.run(image, volumes={"/srv/app/data": {"bind": "/data", "mode": "ro"}})  # or use a rootless builder',
      testing: "Inspect the container's mounts and assert none has a sensitive host source.",
      references: [
        'https://docker-py.readthedocs.io/en/stable/containers.html',
        'https://kubernetes.io/docs/concepts/storage/volumes/#hostpath',
      ],
    },
  },
  hints: ['V1HostPathVolumeSource', 'create', 'docker', 'run'],
  requires: [
    ['docker', 'kubernetes', 'V1HostPath'],
    ['.sock', 'volumes', 'binds', 'mounts', 'HostPath'],
  ],
  create(ctx) {
    if (!/docker|kubernetes|V1HostPath/.test(ctx.source) || !/\.sock|volumes|binds|mounts|HostPath/.test(ctx.source))
      return {};
    const docker = (call: CallInfo) => {
      if (!(
        call.method === 'create_host_config' ||
        call.name?.startsWith('docker.') ||
        /containers$/.test(call.receiver?.text ?? '')
      ))
        return;
      for (const name of ['volumes', 'binds', 'mounts']) {
        const path = sensitiveSource(ctx, call.kwarg(name));
        if (path)
          return ctx.report({
            node: call.node,
            messageId: 'mount',
            data: { fn: call.name ?? call.method ?? 'docker', path },
          });
      }
      return undefined;
    };
    const hostPath = (call: CallInfo) => {
      const path = ctx.staticString(call.argOrKwarg(0, 'path'));
      if (path !== undefined && SENSITIVE.test(path))
        ctx.report({ node: call.node, messageId: 'mount', data: { fn: 'V1HostPathVolumeSource', path } });
    };
    return {
      calls: {
        '*.run': docker,
        '*.create': docker,
        '*.create_host_config': docker,
        'docker.types.Mount': mountCall(ctx),
        '*.V1HostPathVolumeSource': hostPath,
        'kubernetes.client.V1HostPathVolumeSource': hostPath,
      },
    };
  },
});

/** `docker.types.Mount(target, source, type="bind")` with a sensitive source. */
function mountCall(ctx: RuleContext) {
  return (call: CallInfo) => {
    const source = ctx.staticString(call.argOrKwarg(1, 'source'));
    if (source !== undefined && SENSITIVE.test(source))
      ctx.report({ node: call.node, messageId: 'mount', data: { fn: 'docker.types.Mount', path: source } });
  };
}

/** Host paths in `{"/src": {...}}`, `["/src:/dst:rw"]` or a list of Mount dicts. */
function sensitiveSource(ctx: RuleContext, node: Node | undefined): string | undefined {
  const value: StaticValue = ctx.staticValue(node);
  const sources: unknown[] = value instanceof Map ? [...value.keys()] : Array.isArray(value) ? value.map(hostPart) : [];
  return sources.find((s): s is string => typeof s === 'string' && SENSITIVE.test(s));
}

function hostPart(entry: StaticValue): unknown {
  if (typeof entry === 'string') return entry.split(':')[0];
  if (entry instanceof Map) return entry.get('Source') ?? entry.get('source');
  return undefined;
}
