// execute-with-run-as-root: OpenStack-style execute(..., run_as_root=True) helpers (Bandit B111).
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';

const EXECUTE_FNS = [
  'ceilometer.utils.execute',
  'cinder.utils.execute',
  'neutron.agent.linux.utils.execute',
  'nova.utils.execute',
  'nova.utils.trycmd',
  'oslo_concurrency.processutils.execute',
];

export default defineRule({
  meta: {
    id: 'execute-with-run-as-root',
    title: 'Command executed with run_as_root=True',
    category: 'command-injection',
    cwe: ['CWE-250', 'CWE-78'],
    owasp: { '2021': ['A04:2021'], '2025': ['A06:2025'] },
    severity: 'low',
    riskScore: 3,
    confidence: 'medium',
    threat: 'integrity',
    timeline: '30-days',
    technology: ['openstack'],
    aliases: { bandit: ['B111'] },
    messages: {
      root: '`{{fn}}` runs its command as root (run_as_root=True); keep the command constant and minimal.',
    },
    docs: {
      whatItDoes:
        'Flags `execute`/`trycmd` helpers (OpenStack `utils.execute`, `processutils.execute`) called with `run_as_root=True`.',
      whyBad:
        'The command runs through sudo/rootwrap as root; any injection or wrong path in it becomes a root compromise.',
      businessImpact: "Full control of the host: every tenant's data and the ability to tamper with the platform.",
      attackScenario:
        'A volume name reaches `utils.execute("mount", path, run_as_root=True)`; a crafted path mounts an attacker-controlled device over a system directory.',
      example: 'utils.execute("chown", user, path, run_as_root=True)',
      useInstead: 'Use a narrowly scoped privsep entry point (oslo.privsep) that validates its arguments.',
      testing: 'Review the rootwrap filter for the command and test the call with paths outside the allowed prefix.',
      references: [
        'https://docs.openstack.org/oslo.privsep/latest/',
        'https://cwe.mitre.org/data/definitions/250.html',
      ],
    },
  },
  hints: ['ceilometer', 'cinder', 'execute', 'neutron', 'nova', 'oslo_concurrency', 'trycmd'],
  create(ctx) {
    const check = (call: CallInfo) => {
      const root = call.kwarg('run_as_root');
      if (!root || ctx.truthiness(root) !== true) return;
      ctx.report({ node: call.node, messageId: 'root', data: { fn: call.name ?? 'execute' } });
    };
    return {
      calls: { ...Object.fromEntries(EXECUTE_FNS.map((fn) => [fn, check])), '*.execute': check, '*.trycmd': check },
    };
  },
});
