// tls-warnings-disabled: silencing urllib3's InsecureRequestWarning hides unverified HTTPS connections.
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';

const DISABLE = ['urllib3.disable_warnings', 'requests.packages.urllib3.disable_warnings'];
const FILTER = ['warnings.filterwarnings', 'warnings.simplefilter'];

export default defineRule({
  meta: {
    id: 'tls-warnings-disabled',
    title: 'Insecure-request warnings silenced',
    category: 'data-protection',
    cwe: ['CWE-295', 'CWE-778'],
    owasp: { '2021': ['A02:2021', 'A09:2021'], '2025': ['A04:2025', 'A09:2025'] },
    severity: 'low',
    riskScore: 3,
    confidence: 'medium',
    evidence: 'config',
    threat: 'confidentiality',
    timeline: '30-days',
    technology: ['urllib3', 'requests'],
    aliases: {},
    messages: {
      disabled:
        '`{{fn}}` silences InsecureRequestWarning: connections without certificate checks will no longer show up in logs.',
    },
    docs: {
      whatItDoes:
        'Flags `urllib3.disable_warnings()` (with no category or `InsecureRequestWarning`) and `warnings.filterwarnings/simplefilter("ignore", …InsecureRequestWarning)`.',
      whyBad:
        'The warning is the only run-time signal that a request went out with `verify=False`; silencing it usually accompanies disabled verification and hides every new instance of it.',
      businessImpact: 'Man-in-the-middle exposure goes unnoticed in production logs and monitoring.',
      attackScenario:
        'A team disables warnings to clean up noisy logs; months later a new integration ships with `verify=False` and nobody sees it while an attacker intercepts its traffic.',
      example: 'urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)',
      useInstead: '# fix the certificate problem instead, e.g. verify="/etc/ssl/certs/internal-ca.pem"',
      testing:
        'Run the service with `-W error::urllib3.exceptions.InsecureRequestWarning` in CI so any unverified request fails the build.',
      references: [
        'https://urllib3.readthedocs.io/en/stable/advanced-usage.html#tls-warnings',
        'https://cwe.mitre.org/data/definitions/295.html',
      ],
    },
  },
  hints: ['disable_warnings', 'filterwarnings', 'simplefilter'],
  requires: [['disable_warnings', 'InsecureRequestWarning']],
  create(ctx) {
    if (!/disable_warnings|InsecureRequestWarning/.test(ctx.source)) return {};
    const disable = (call: CallInfo) => {
      const category = call.argOrKwarg(0, 'category');
      if (category && !/InsecureRequestWarning|HTTPWarning/.test(category.text)) return;
      ctx.report({ node: call.node, messageId: 'disabled', data: { fn: call.name ?? 'disable_warnings' } });
    };
    const filter = (call: CallInfo) => {
      const action = ctx.staticString(call.argOrKwarg(0, 'action'));
      const category = call.kwarg('category') ?? call.arg(call.name === 'warnings.simplefilter' ? 1 : 2);
      if (action === 'ignore' && category && /InsecureRequestWarning/.test(category.text)) {
        ctx.report({ node: call.node, messageId: 'disabled', data: { fn: call.name ?? 'filterwarnings' } });
      }
    };
    return { calls: Object.fromEntries([...DISABLE.map((n) => [n, disable]), ...FILTER.map((n) => [n, filter])]) };
  },
});
