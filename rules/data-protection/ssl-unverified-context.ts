// ssl-unverified-context: ssl._create_unverified_context turns off certificate and hostname checks (Bandit B323, Ruff S323).
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { replaceNode } from '../../src/analysis/python/fixes.js';

export default defineRule({
  meta: {
    id: 'ssl-unverified-context',
    title: 'Unverified SSL context',
    category: 'data-protection',
    cwe: ['CWE-295'],
    owasp: { '2021': ['A02:2021', 'A07:2021'], '2025': ['A04:2025', 'A07:2025'] },
    severity: 'medium',
    riskScore: 6,
    confidence: 'high',
    evidence: 'config',
    threat: 'confidentiality',
    timeline: '7-days',
    aliases: { bandit: ['B323'], ruff: ['S323'] },
    fixable: true,
    messages: {
      unverified:
        '`{{fn}}` creates a context that checks neither certificates nor host names; use `ssl.create_default_context()`.',
    },
    docs: {
      whatItDoes: 'Flags calls to `ssl._create_unverified_context()` (and `ssl._create_stdlib_context()`, its alias).',
      whyBad:
        'The context sets `CERT_NONE` and `check_hostname=False`: any certificate is accepted, so TLS gives no protection against an active attacker.',
      businessImpact: 'Man-in-the-middle reads credentials and data, or injects responses into the application.',
      attackScenario:
        'An integration uses `urlopen(url, context=ssl._create_unverified_context())`; an attacker on the network path impersonates the partner API and captures the API key.',
      example: 'ctx = ssl._create_unverified_context()\nurllib.request.urlopen(url, context=ctx)',
      useInstead:
        'ctx = ssl.create_default_context()  # cafile=... for a private CA\nurllib.request.urlopen(url, context=ctx)',
      testing:
        'Connect to a host with a self-signed certificate (e.g. self-signed.badssl.com in a staging test) and assert `ssl.SSLCertVerificationError`.',
      knownProblems: 'The autofix is offered for calls without arguments; private-CA setups then need `cafile=`.',
      references: [
        'https://docs.python.org/3/library/ssl.html#ssl.create_default_context',
        'https://peps.python.org/pep-0476/',
      ],
    },
  },
  hints: ['_create_stdlib_context', '_create_unverified_context'],
  create(ctx) {
    const check = (call: CallInfo) => {
      const noArgs = call.positional.length === 0 && call.keywords.size === 0 && !call.hasSplat;
      const fixable = noArgs && call.callee.type === 'attribute' && call.receiver?.type === 'identifier';
      ctx.report({
        node: call.node,
        messageId: 'unverified',
        data: { fn: call.name ?? 'ssl._create_unverified_context' },
        ...(fixable && call.receiver
          ? {
              fix: {
                description: 'Use a verifying default context.',
                edits: [replaceNode(call.callee, `${call.receiver.text}.create_default_context`)],
              },
            }
          : {}),
      });
    };
    return { calls: { 'ssl._create_unverified_context': check, 'ssl._create_stdlib_context': check } };
  },
});
