// pip-main-install: pip's internal entry point called from code to install packages.
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { pipInstallOf } from '../../src/analysis/python/pip-command.js';

const PIP_MAIN = ['pip.main', 'pip._internal.main', 'pip._internal.cli.main.main'];

export default defineRule({
  meta: {
    id: 'pip-main-install',
    title: 'pip.main() used to install packages from code',
    category: 'supply-chain',
    cwe: ['CWE-494', 'CWE-829'],
    owasp: { '2021': ['A08:2021'], '2025': ['A03:2025'] },
    severity: 'medium',
    riskScore: 6,
    confidence: 'high',
    threat: 'integrity',
    timeline: '7-days',
    aliases: {},
    messages: {
      install:
        '`{{fn}}` installs packages from inside the process; pip has no supported API and this bypasses the lock file.',
    },
    docs: {
      whatItDoes: 'Flags `pip.main([...])` and `pip._internal` entry points called with an `install` command.',
      whyBad:
        "pip states that it has no importable API; calling it in-process installs unreviewed code into the running interpreter, resolves versions at run time and can break the process's own imports.",
      businessImpact:
        "Untracked dependencies in production and a direct path for malicious packages to run with the application's rights.",
      attackScenario:
        'A notebook-turned-service calls `pip.main(["install", name])` for a missing optional dependency; a typosquatted package with that name ships a credential stealer.',
      example: 'pip.main(["install", "pandas"])',
      useInstead:
        'Declare the dependency (pinned, with hashes) and install it at build time; fail with a clear message when it is missing.',
      testing: 'Start the application with site-packages read-only; it must not try to install anything.',
      references: [
        'https://pip.pypa.io/en/stable/user_guide/#using-pip-from-your-program',
        'https://cwe.mitre.org/data/definitions/829.html',
      ],
    },
  },
  hints: ['_internal', 'pip'],
  create(ctx) {
    const check = (call: CallInfo) => {
      if (!pipInstallOf(ctx, call)) return;
      ctx.report({ node: call.node, messageId: 'install', data: { fn: call.name ?? 'pip.main' } });
    };
    return { calls: Object.fromEntries(PIP_MAIN.map((fn) => [fn, check])) };
  },
});
