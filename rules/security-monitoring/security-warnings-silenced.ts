// security-warnings-silenced: TLS/security warnings from urllib3/requests suppressed, or every warning ignored.
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';

const DISABLERS = [
  'urllib3.disable_warnings',
  'requests.packages.urllib3.disable_warnings',
  'requests.urllib3.disable_warnings',
];
const NAMED_WARNINGS = [
  'SecurityWarning',
  'SubjectAltNameWarning',
  'SNIMissingWarning',
  'NotOpenSSLWarning',
  'SystemTimeWarning',
];

/**
 * Whether a category names a security warning: ends with one of NAMED_WARNINGS or with `Insecure…Warning`
 * (`InsecureRequestWarning`). Read from the end in code: the regex `Insecure\w*Warning$` retried its `\w*`
 * from every `Insecure` of a long name (quadratic).
 */
export function isSecurityWarning(category: string): boolean {
  if (NAMED_WARNINGS.some((w) => category.endsWith(w))) return true;
  if (!category.endsWith('Warning')) return false;
  let word = category.length - 'Warning'.length; // the \w run before `Warning`, where `Insecure` must start
  while (word > 0 && /\w/.test(category[word - 1]!)) word--;
  return category.slice(word, category.length - 'Warning'.length).includes('Insecure');
}

export default defineRule({
  meta: {
    id: 'security-warnings-silenced',
    title: 'Security warnings silenced',
    category: 'security-monitoring',
    cwe: ['CWE-778', 'CWE-295'],
    owasp: { '2021': ['A09:2021', 'A02:2021'], '2025': ['A09:2025', 'A04:2025'] },
    severity: 'medium',
    riskScore: 4,
    confidence: 'high',
    evidence: 'config',
    threat: 'confidentiality',
    timeline: '30-days',
    technology: ['urllib3', 'requests'],
    aliases: {},
    messages: {
      urllib3:
        "`{{fn}}` hides urllib3's warnings about unverified HTTPS requests; the insecure connections stay, only the warning goes.",
      category: '`{{fn}}` ignores `{{category}}`, a warning that reports insecure TLS use.',
      everything:
        '`{{fn}}("ignore")` without a category silences every warning in the process, security warnings included.',
    },
    docs: {
      whatItDoes:
        'Outside test files, flags `urllib3.disable_warnings()` (all warnings or a security category), `warnings.filterwarnings`/`simplefilter("ignore", ...)` for `InsecureRequestWarning` and similar, and blanket `ignore` filters with no category, message or module (low).',
      whyBad:
        'InsecureRequestWarning is the only signal that code calls HTTPS endpoints with `verify=False`. Silencing it hides man-in-the-middle exposure; blanket filters also hide deprecation notices of security fixes.',
      businessImpact:
        'Disabled certificate checks survive into production unnoticed, exposing credentials and data in transit.',
      attackScenario:
        'A client sets `verify=False` "temporarily" and disables the warning; an attacker on the network path presents a self-signed certificate and reads the API tokens.',
      example: 'urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)\nrequests.get(url, verify=False)',
      useInstead:
        'requests.get(url, verify="/etc/ssl/certs/internal-ca.pem")  # verify against the right CA; no warning to hide',
      testing:
        'Run the suite with `-W error::urllib3.exceptions.InsecureRequestWarning`; any unverified request fails the test.',
      knownProblems: 'Test files are skipped. Filters for specific messages or modules are not reported.',
      references: [
        'https://urllib3.readthedocs.io/en/stable/advanced-usage.html#tls-warnings',
        'https://docs.python.org/3/library/warnings.html#the-warnings-filter',
        'https://cwe.mitre.org/data/definitions/295.html',
      ],
    },
  },
  hints: ['disable_warnings', 'filterwarnings', 'simplefilter'],
  create(ctx) {
    if (ctx.file.isTest) return {};
    const categoryName = (node: Node | undefined) => (node ? (ctx.qualifiedName(node) ?? node.text) : undefined);
    const disable = (call: CallInfo) => {
      const category = categoryName(call.argOrKwarg(0, 'category'));
      if (category !== undefined && !isSecurityWarning(category)) return;
      ctx.report({ node: call.node, messageId: 'urllib3', data: { fn: call.callee.text } });
    };
    const filter = (call: CallInfo, categoryIndex: number) => {
      if (ctx.staticString(call.argOrKwarg(0, 'action')) !== 'ignore' || call.hasSplat) return;
      const category = categoryName(call.argOrKwarg(categoryIndex, 'category'));
      if (category !== undefined) {
        if (isSecurityWarning(category))
          ctx.report({ node: call.node, messageId: 'category', data: { fn: call.callee.text, category } });
        return;
      }
      const narrowed = ['message', 'module', 'lineno'].some(
        (k, i) => call.kwarg(k) || (categoryIndex === 2 && i === 0 && call.arg(1)),
      );
      if (!narrowed)
        ctx.report({
          node: call.node,
          messageId: 'everything',
          data: { fn: call.callee.text },
          severity: 'low',
          confidence: 'low',
        });
    };
    return {
      calls: {
        ...Object.fromEntries(DISABLERS.map((name) => [name, disable])),
        'warnings.filterwarnings': (call) => filter(call, 2),
        'warnings.simplefilter': (call) => filter(call, 1),
      },
    };
  },
});
