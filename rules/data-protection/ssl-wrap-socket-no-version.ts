// ssl-wrap-socket-no-version: ssl.wrap_socket without a protocol version (Bandit B504, Ruff S504).
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';

export default defineRule({
  meta: {
    id: 'ssl-wrap-socket-no-version',
    title: 'ssl.wrap_socket without an explicit protocol version',
    category: 'data-protection',
    cwe: ['CWE-327', 'CWE-295'],
    owasp: { '2021': ['A02:2021'], '2025': ['A04:2025'] },
    severity: 'low',
    riskScore: 3,
    confidence: 'medium',
    threat: 'confidentiality',
    timeline: '30-days',
    technology: ['ssl'],
    aliases: { bandit: ['B504'], ruff: ['S504'] },
    messages: {
      noVersion:
        '`ssl.wrap_socket` is deprecated (removed in 3.12), negotiates old protocols and does not verify certificates; use `SSLContext.wrap_socket`.',
    },
    docs: {
      whatItDoes: 'Flags `ssl.wrap_socket(...)` calls that do not pass `ssl_version=`.',
      whyBad:
        'The module-level wrap_socket defaults to PROTOCOL_TLS with `cert_reqs=CERT_NONE` and no hostname check, and was removed in Python 3.12.',
      businessImpact: 'Connections can be intercepted; the code breaks on current Python.',
      attackScenario:
        'A legacy client wraps its socket with `ssl.wrap_socket(sock)`; an attacker presents any certificate and the client accepts it.',
      example: 'tls = ssl.wrap_socket(sock)',
      useInstead: 'ctx = ssl.create_default_context()\ntls = ctx.wrap_socket(sock, server_hostname=host)',
      testing:
        'Run the code on Python 3.12+ and connect to a host with an invalid certificate: it must fail verification.',
      references: [
        'https://docs.python.org/3.11/library/ssl.html#ssl.wrap_socket',
        'https://docs.python.org/3/library/ssl.html#ssl.SSLContext.wrap_socket',
      ],
    },
  },
  hints: ['wrap_socket'],
  create(ctx) {
    return {
      calls: {
        'ssl.wrap_socket': (call: CallInfo) => {
          if (call.kwarg('ssl_version') || call.positional.length >= 6 || call.hasSplat) return;
          ctx.report({ node: call.node, messageId: 'noVersion' });
        },
      },
    };
  },
});
