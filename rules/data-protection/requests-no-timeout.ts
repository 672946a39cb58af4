// requests-no-timeout: HTTP calls that can hang forever (Bandit B113, Ruff S113).
import { defineRule, type Fix, type RuleContext } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { appendArgument, replaceNode } from '../../src/analysis/python/fixes.js';

const VERBS = ['get', 'options', 'head', 'post', 'put', 'patch', 'delete', 'request'];
const HTTPX = [...VERBS, 'stream', 'Client', 'AsyncClient'];

export default defineRule({
  meta: {
    id: 'requests-no-timeout',
    title: 'HTTP request without a timeout',
    category: 'data-protection',
    cwe: ['CWE-400', 'CWE-1088'],
    owasp: { '2021': ['A04:2021'], '2025': ['A10:2025'] },
    severity: 'medium',
    riskScore: 4,
    confidence: 'low',
    threat: 'availability',
    timeline: '30-days',
    technology: ['requests', 'httpx'],
    aliases: { bandit: ['B113'], ruff: ['S113'] },
    fixable: true,
    messages: {
      missing: '`{{fn}}` has no timeout: a slow or malicious server can hold this worker forever. Pass `timeout=`.',
      none: '`{{fn}}` is called with `timeout=None`: a slow or malicious server can hold this worker forever.',
      httpxDefault:
        "`{{fn}}` relies on httpx's implicit 5-second timeout; state the timeout explicitly so a later change cannot drop it.",
    },
    docs: {
      whatItDoes:
        'Flags `requests` calls without `timeout=` or with `timeout=None`, and httpx calls/clients with `timeout=None`. httpx calls without a timeout use its 5-second default and are reported at low severity only (Bandit reports them like requests).',
      whyBad:
        'requests waits indefinitely by default. A server that accepts the connection and never answers (or trickles bytes) blocks the calling thread for good.',
      businessImpact:
        'Workers pile up on a slow dependency until the service stops answering (self-inflicted denial of service); an attacker who controls a fetched URL can do it on purpose.',
      attackScenario:
        'A webhook feature fetches user-supplied URLs; the attacker points it at a tarpit that accepts connections and sends one byte a minute, exhausting the worker pool.',
      example: 'requests.get(url)',
      useInstead: 'requests.get(url, timeout=30)  # or (connect, read) = (3.05, 27)',
      testing:
        'Point the call at a socket that accepts and never answers; assert it raises `requests.Timeout` within the bound.',
      knownProblems:
        'Session objects (`session.get`) are not checked: they inherit whatever the session adapter does. The autofix uses 30 seconds; tune it per call.',
      references: [
        'https://requests.readthedocs.io/en/latest/user/advanced/#timeouts',
        'https://www.python-httpx.org/advanced/timeouts/',
        'https://cwe.mitre.org/data/definitions/400.html',
      ],
    },
  },
  hints: ['AsyncClient', 'httpx', 'requests'],
  create(ctx) {
    const check = (requireTimeout: boolean) => (call: CallInfo) => {
      const timeout = call.kwarg('timeout');
      const fn = call.name ?? 'request';
      if (timeout?.type === 'none') {
        ctx.report({
          node: call.node,
          messageId: 'none',
          data: { fn },
          fix: { description: 'Use a 30-second timeout.', edits: [replaceNode(timeout, '30')] },
        });
      } else if (!timeout && !call.hasSplat && requireTimeout) {
        const fix = addTimeout(ctx, call);
        ctx.report({ node: call.node, messageId: 'missing', data: { fn }, ...(fix ? { fix } : {}) });
      } else if (!timeout && !call.hasSplat) {
        // httpx has a default timeout: Bandit still reports the call, we keep the line but at low severity.
        ctx.report({ node: call.node, messageId: 'httpxDefault', data: { fn }, severity: 'low' });
      }
    };
    const calls: Record<string, (call: CallInfo) => void> = {};
    for (const verb of VERBS) calls[`requests.${verb}`] = check(true);
    for (const name of HTTPX) calls[`httpx.${name}`] = check(false);
    return { calls };
  },
});

function addTimeout(ctx: RuleContext, call: CallInfo): Fix | undefined {
  if (!call.argumentList) return undefined;
  return {
    description: 'Add a 30-second timeout.',
    edits: [appendArgument(call.argumentList, 'timeout=30', ctx.source)],
  };
}
