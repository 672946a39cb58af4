// pip-trusted-host: `pip install --trusted-host`, which turns off TLS verification for that host.
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { pipInstallOf, PIP_COMMAND_CALLS, PIP_COMMAND_HINTS } from '../../src/analysis/python/pip-command.js';

export default defineRule({
  meta: {
    id: 'pip-trusted-host',
    title: 'pip install with --trusted-host',
    category: 'dependency-management',
    cwe: ['CWE-295', 'CWE-494'],
    owasp: { '2021': ['A08:2021'], '2025': ['A03:2025'] },
    severity: 'medium',
    riskScore: 6,
    confidence: 'high',
    evidence: 'config',
    threat: 'integrity',
    timeline: '7-days',
    aliases: {},
    messages: {
      trusted:
        '`pip install --trusted-host {{host}}` skips certificate checks (and allows HTTP) for that host; packages can be swapped in transit.',
    },
    docs: {
      whatItDoes: 'Flags `pip install` commands run from code that pass `--trusted-host`.',
      whyBad:
        '`--trusted-host` tells pip to accept that host over HTTP or with an invalid certificate, which removes the only transport protection packages have when no hashes are pinned.',
      businessImpact: 'A network attacker can replace dependencies with trojanised versions on every build.',
      attackScenario:
        'A Dockerfile helper passes `--trusted-host pypi.org` to get past a corporate TLS proxy; an attacker on the proxy path injects a modified package.',
      example: 'subprocess.run(["pip", "install", "--trusted-host", "mirror.local", "acme==1.0"])',
      useInstead:
        'subprocess.run(["pip", "install", "--cert", "/etc/ssl/corp-ca.pem", "acme==1.0"])  # trust the proxy\'s CA instead',
      testing: 'Remove the flag and install with the corporate CA configured (`PIP_CERT`); it must succeed.',
      references: [
        'https://pip.pypa.io/en/stable/cli/pip/#trusted-host',
        'https://cwe.mitre.org/data/definitions/295.html',
      ],
    },
  },
  hints: PIP_COMMAND_HINTS,
  create(ctx) {
    const check = (call: CallInfo) => {
      const install = pipInstallOf(ctx, call);
      if (!install?.options.has('--trusted-host')) return;
      ctx.report({
        node: call.node,
        messageId: 'trusted',
        data: { host: install.options.get('--trusted-host') ?? '…' },
      });
    };
    return { calls: Object.fromEntries(PIP_COMMAND_CALLS.map((fn) => [fn, check])) };
  },
});
