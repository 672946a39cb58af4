// ssl-insecure-version: SSLv2/SSLv3/TLS 1.0/TLS 1.1 requested explicitly (Bandit B502, Ruff S502).
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule } from '../../src/analysis/rule.js';
import { replaceNode } from '../../src/analysis/python/fixes.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { INSECURE_VERSION_HINT, badProtocolOf } from '../../src/analysis/python/ssl-protocols.js';

const BAD_TLS_VERSIONS = new Set(['SSLv3', 'TLSv1', 'TLSv1_1']);

export default defineRule({
  meta: {
    id: 'ssl-insecure-version',
    title: 'Insecure SSL/TLS protocol version',
    category: 'data-protection',
    cwe: ['CWE-327', 'CWE-757'],
    owasp: { '2021': ['A02:2021'], '2025': ['A04:2025'] },
    severity: 'high',
    riskScore: 7,
    confidence: 'high',
    evidence: 'config',
    threat: 'confidentiality',
    timeline: '7-days',
    technology: ['ssl', 'pyOpenSSL'],
    aliases: { bandit: ['B502'], ruff: ['S502'] },
    fixable: true,
    messages: {
      badVersion:
        '`{{fn}}` uses {{protocol}}, which has known breaks (POODLE, BEAST, weak ciphers); use TLS 1.2 or newer.',
      badMinimum: '`{{target}}` allows {{protocol}}; set it to `ssl.TLSVersion.TLSv1_2` or newer.',
    },
    docs: {
      whatItDoes:
        'Flags calls that pass SSLv2, SSLv3, TLSv1 or TLSv1.1 constants (`ssl.PROTOCOL_*`, pyOpenSSL `*_METHOD`) as `ssl_version=`/`method=`/first argument, and `minimum_version = TLSVersion.TLSv1`/`TLSv1_1`/`SSLv3`.',
      whyBad: `${INSECURE_VERSION_HINT} An attacker on the path can downgrade or decrypt sessions.`,
      businessImpact: 'Interceptable traffic and failed compliance (PCI DSS forbids SSL and early TLS).',
      attackScenario:
        'A client pinned to `PROTOCOL_TLSv1` talks to a payment gateway; an attacker on the network runs a BEAST-style attack to recover session cookies.',
      example: 'ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)',
      useInstead: 'ctx = ssl.create_default_context()\nctx.minimum_version = ssl.TLSVersion.TLSv1_2',
      testing: 'Connect with `openssl s_client -tls1` and `-tls1_1` and assert the handshake fails.',
      knownProblems:
        'Test files are reported at low severity (TLS test suites exercise old protocols on purpose). Only `minimum_version` assignments get an autofix (to TLSv1_2); protocol constants need a context rewrite.',
      references: [
        'https://docs.python.org/3/library/ssl.html#protocol-versions',
        'https://datatracker.ietf.org/doc/html/rfc8996',
      ],
    },
  },
  hints: [
    'PROTOCOL_SSLv',
    'PROTOCOL_TLSv1',
    'SSLv2_METHOD',
    'SSLv23_METHOD',
    'SSLv3_METHOD',
    'TLSv1_METHOD',
    'TLSv1_1_METHOD',
    'minimum_version',
  ],
  requires: [['PROTOCOL_SSLv', 'PROTOCOL_TLSv1', '_METHOD', 'minimum_version']],
  create(ctx) {
    if (!/PROTOCOL_(SSLv|TLSv1)|(SSLv2|SSLv23|SSLv3|TLSv1|TLSv1_1)_METHOD|minimum_version/.test(ctx.source)) return {};
    const check = (call: CallInfo) => {
      const candidates: (Node | undefined)[] = [
        call.kwarg('ssl_version'),
        call.kwarg('method'),
        call.kwarg('protocol'),
      ];
      if (call.name === 'ssl.SSLContext' || call.name === 'OpenSSL.SSL.Context' || call.name === 'ssl.wrap_socket')
        candidates.push(call.arg(0));
      for (const node of candidates) {
        const protocol = node ? badProtocolOf(node) : undefined;
        if (!protocol) continue;
        const known =
          call.name === 'ssl.wrap_socket' ||
          call.name === 'ssl.SSLContext' ||
          /(^|\.)SSL\.Context$/.test(call.name ?? '');
        const severity = ctx.file.isTest ? ('low' as const) : known ? ('high' as const) : ('medium' as const);
        ctx.report({
          node: call.node,
          messageId: 'badVersion',
          data: { fn: call.name ?? 'call', protocol },
          severity,
          ...(known ? {} : { confidence: 'medium' as const }),
        });
        return;
      }
    };
    return {
      calls: { '*': check },
      nodes: {
        assignment(node) {
          const left = node.childForFieldName('left');
          if (left?.type !== 'attribute' || left.childForFieldName('attribute')?.text !== 'minimum_version') return;
          const right = node.childForFieldName('right');
          const version = right?.type === 'attribute' ? right.childForFieldName('attribute') : undefined;
          if (!version || !BAD_TLS_VERSIONS.has(version.text)) return;
          ctx.report({
            node,
            messageId: 'badMinimum',
            data: { target: left.text, protocol: version.text },
            ...(ctx.file.isTest ? { severity: 'low' as const } : {}),
            fix: { description: 'Require TLS 1.2 or newer.', edits: [replaceNode(version, 'TLSv1_2')] },
          });
        },
      },
    };
  },
});
