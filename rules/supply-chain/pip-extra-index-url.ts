// pip-extra-index-url: `pip install --extra-index-url`, the classic dependency-confusion setup.
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { pipInstallOf, PIP_COMMAND_CALLS, PIP_COMMAND_HINTS } from '../../src/analysis/python/pip-command.js';

export default defineRule({
  meta: {
    id: 'pip-extra-index-url',
    title: 'pip install with --extra-index-url (dependency confusion)',
    category: 'supply-chain',
    cwe: ['CWE-427', 'CWE-829'],
    owasp: { '2021': ['A08:2021'], '2025': ['A03:2025'] },
    severity: 'high',
    riskScore: 7,
    confidence: 'high',
    evidence: 'config',
    threat: 'integrity',
    timeline: '7-days',
    aliases: {},
    messages: {
      extraIndex:
        '`pip install --extra-index-url` resolves each package from both indexes and takes the highest version; a public package can shadow a private one.',
    },
    docs: {
      whatItDoes: 'Flags `pip install` commands run from code that pass `--extra-index-url`.',
      whyBad:
        'pip treats all indexes as equal and picks the highest version. Anyone who registers your private package name on PyPI with a higher version gets their code installed (dependency confusion).',
      businessImpact:
        'Attacker code inside internal services and build machines, as in the 2021 dependency-confusion attacks on large companies.',
      attackScenario:
        'A job runs `pip install --extra-index-url https://pypi.internal/simple acme-utils`; the attacker publishes `acme-utils 99.0` on PyPI and it wins.',
      example: 'subprocess.run(["pip", "install", "--extra-index-url", INTERNAL, "acme-utils"])',
      useInstead:
        'subprocess.run(["pip", "install", "--index-url", INTERNAL_PROXY, "--require-hashes", "-r", "requirements.txt"])  # one index that proxies PyPI',
      testing:
        'Publish a higher version of an internal name to a test index and assert the install still picks the internal one (or fails on the hash).',
      references: [
        'https://pip.pypa.io/en/stable/cli/pip_install/#finding-packages',
        'https://cwe.mitre.org/data/definitions/427.html',
      ],
    },
  },
  hints: PIP_COMMAND_HINTS,
  create(ctx) {
    const check = (call: CallInfo) => {
      const install = pipInstallOf(ctx, call);
      if (install?.options.has('--extra-index-url')) ctx.report({ node: call.node, messageId: 'extraIndex' });
    };
    return { calls: Object.fromEntries(PIP_COMMAND_CALLS.map((fn) => [fn, check])) };
  },
});
