// pip-index-insecure-http: pip pointed at a package index or find-links location over plain HTTP.
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { pipInstallOf, PIP_COMMAND_CALLS, PIP_COMMAND_HINTS } from '../../src/analysis/python/pip-command.js';

const LOCATION_OPTIONS = ['-i', '--index-url', '--extra-index-url', '-f', '--find-links'];

export default defineRule({
  meta: {
    id: 'pip-index-insecure-http',
    title: 'pip package index over plain HTTP',
    category: 'dependency-management',
    cwe: ['CWE-319', 'CWE-494'],
    owasp: { '2021': ['A08:2021'], '2025': ['A03:2025'] },
    severity: 'high',
    riskScore: 7,
    confidence: 'high',
    evidence: 'config',
    threat: 'integrity',
    timeline: '7-days',
    aliases: {},
    messages: {
      http: '`pip install {{option}} {{url}}` downloads packages over plain HTTP; anyone on the network path can swap them.',
    },
    docs: {
      whatItDoes:
        'Flags `pip install` commands run from code whose `--index-url`, `--extra-index-url` or `--find-links` uses `http://`.',
      whyBad:
        'Without TLS, a machine in the middle (Wi-Fi, a compromised proxy, DNS spoofing) can serve modified packages; pip cannot tell.',
      businessImpact: 'Malicious code installed on build and production hosts.',
      attackScenario:
        'A deployment script installs from `http://pypi.corp.local/simple`; an attacker on the data-centre network answers with a trojanised wheel.',
      example: 'subprocess.run(["pip", "install", "-i", "http://pypi.corp.local/simple", "acme"])',
      useInstead:
        'subprocess.run(["pip", "install", "-i", "https://pypi.corp.local/simple", "--require-hashes", "-r", "requirements.lock"])',
      testing: 'Run the install behind a proxy that rejects plain HTTP and assert it still succeeds.',
      references: [
        'https://pip.pypa.io/en/stable/topics/https-certificates/',
        'https://cwe.mitre.org/data/definitions/319.html',
      ],
    },
  },
  hints: PIP_COMMAND_HINTS,
  create(ctx) {
    const check = (call: CallInfo) => {
      const install = pipInstallOf(ctx, call);
      if (!install) return;
      for (const option of LOCATION_OPTIONS) {
        const url = install.options.get(option);
        if (url && /^http:\/\//i.test(url)) {
          ctx.report({ node: call.node, messageId: 'http', data: { option, url } });
          return;
        }
      }
    };
    return { calls: Object.fromEntries(PIP_COMMAND_CALLS.map((fn) => [fn, check])) };
  },
});
