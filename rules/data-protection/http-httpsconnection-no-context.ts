// http-httpsconnection-no-context: HTTPSConnection without an SSL context (Bandit B309, legacy).
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';

const NAMES = ['http.client.HTTPSConnection', 'httplib.HTTPSConnection', 'six.moves.http_client.HTTPSConnection'];

export default defineRule({
  meta: {
    id: 'http-httpsconnection-no-context',
    title: 'HTTPSConnection without an explicit SSL context',
    category: 'data-protection',
    cwe: ['CWE-295'],
    owasp: { '2021': ['A02:2021'], '2025': ['A04:2025'] },
    severity: 'low',
    riskScore: 3,
    confidence: 'low',
    threat: 'confidentiality',
    timeline: '30-days',
    technology: ['http.client'],
    aliases: { bandit: ['B309'] },
    messages: {
      noContext:
        '`{{fn}}` has no `context=`: on Python < 2.7.9 / 3.4.3 certificates are not verified. Pass `context=ssl.create_default_context()`.',
    },
    docs: {
      whatItDoes:
        'Flags `HTTPSConnection(...)` from http.client/httplib without `context=` (or with `key_file`/`cert_file` only).',
      whyBad:
        'Before PEP 476 these connections did not verify certificates; code that must run on old interpreters, or that ships its own Python, is still exposed. An explicit context also documents the trust store.',
      businessImpact: 'On legacy runtimes the HTTPS connection can be intercepted.',
      attackScenario:
        'An embedded appliance runs Python 2.7.6; its update check uses `httplib.HTTPSConnection(host)` and an attacker on the network serves a malicious update with a self-signed certificate.',
      example: 'conn = http.client.HTTPSConnection(host)',
      useInstead: 'conn = http.client.HTTPSConnection(host, context=ssl.create_default_context(), timeout=30)',
      testing:
        'Run the code against a self-signed server on the oldest supported interpreter and assert verification fails.',
      knownProblems:
        'On current Python the default context verifies certificates, hence the low severity (Bandit removed this check).',
      references: [
        'https://peps.python.org/pep-0476/',
        'https://docs.python.org/3/library/http.client.html#http.client.HTTPSConnection',
      ],
    },
  },
  hints: ['HTTPSConnection', 'http_client', 'httplib'],
  create(ctx) {
    const check = (call: CallInfo) => {
      if (call.kwarg('context') || call.hasSplat || call.positional.length >= 7) return;
      ctx.report({ node: call.node, messageId: 'noContext', data: { fn: call.name ?? 'HTTPSConnection' } });
    };
    return { calls: Object.fromEntries(NAMES.map((n) => [n, check])) };
  },
});
