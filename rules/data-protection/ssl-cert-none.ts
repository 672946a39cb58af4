// ssl-cert-none: SSL contexts or sockets configured not to verify the peer (CERT_NONE, check_hostname=False).
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule, type RuleContext } from '../../src/analysis/rule.js';

const MODE_KEYWORDS = new Set(['cert_reqs', 'verify_mode', 'ssl_cert_reqs']);

export default defineRule({
  meta: {
    id: 'ssl-cert-none',
    title: 'SSL peer verification turned off (CERT_NONE / check_hostname=False)',
    category: 'data-protection',
    cwe: ['CWE-295', 'CWE-297'],
    owasp: { '2021': ['A02:2021', 'A07:2021'], '2025': ['A04:2025', 'A07:2025'] },
    severity: 'high',
    riskScore: 7,
    confidence: 'high',
    evidence: 'config',
    threat: 'confidentiality',
    timeline: '7-days',
    technology: ['ssl', 'urllib3', 'redis'],
    aliases: {},
    messages: {
      certNone: '`{{target}}` is set to CERT_NONE: the peer certificate is never checked.',
      noHostname: '`{{target}}` is set to False: a valid certificate for any other host is accepted.',
    },
    docs: {
      whatItDoes:
        'Flags `ctx.verify_mode = ssl.CERT_NONE`, `ctx.check_hostname = False`, and `cert_reqs=` / `verify_mode=` / `ssl_cert_reqs=` keyword arguments set to `ssl.CERT_NONE` or `"CERT_NONE"`/`"none"` (urllib3, redis-py, ssl.wrap_socket).',
      whyBad:
        'TLS without peer verification accepts any certificate; without hostname checking it accepts any valid certificate, such as one the attacker legitimately owns for their own domain.',
      businessImpact:
        'Traffic to databases, caches or APIs can be intercepted and modified; credentials in the handshake or requests leak.',
      attackScenario:
        'A Redis client uses `ssl_cert_reqs="none"`; an attacker who can redirect DNS inside the VPC answers with their own TLS server and harvests the AUTH password.',
      example: 'ctx = ssl.create_default_context()\nctx.check_hostname = False\nctx.verify_mode = ssl.CERT_NONE',
      useInstead: 'ctx = ssl.create_default_context(cafile="/etc/ssl/internal-ca.pem")',
      testing: 'Connect through a proxy presenting a certificate for another host and assert the handshake fails.',
      knownProblems: 'Test files are reported at low severity: TLS test suites disable verification on purpose.',
      references: [
        'https://docs.python.org/3/library/ssl.html#ssl.SSLContext.check_hostname',
        'https://cwe.mitre.org/data/definitions/297.html',
      ],
    },
  },
  hints: ['check_hostname', 'verify_mode', 'cert_reqs'],
  requires: [[{ anyCase: 'cert_none' }, { anyCase: 'check_hostname' }, { anyCase: 'cert_reqs' }]],
  create(ctx) {
    if (!/CERT_NONE|check_hostname|cert_reqs\s*=\s*["']none/i.test(ctx.source)) return {};
    const inTests = ctx.file.isTest ? { severity: 'low' as const } : {}; // TLS test suites disable checks on purpose
    return {
      nodes: {
        assignment(node) {
          const left = node.childForFieldName('left');
          if (left?.type !== 'attribute') return;
          const attribute = left.childForFieldName('attribute')?.text;
          const right = node.childForFieldName('right');
          if (attribute === 'check_hostname' && right?.type === 'false')
            ctx.report({ node, messageId: 'noHostname', data: { target: left.text }, ...inTests });
          else if (attribute === 'verify_mode' && isCertNone(ctx, right))
            ctx.report({ node, messageId: 'certNone', data: { target: left.text }, ...inTests });
        },
        keyword_argument(node) {
          const name = node.childForFieldName('name')?.text ?? '';
          const value = node.childForFieldName('value');
          if (name === 'check_hostname' && value?.type === 'false')
            ctx.report({ node, messageId: 'noHostname', data: { target: name }, ...inTests });
          else if (MODE_KEYWORDS.has(name) && isCertNone(ctx, value))
            ctx.report({ node, messageId: 'certNone', data: { target: name }, ...inTests });
        },
      },
    };
  },
});

function isCertNone(ctx: RuleContext, node: Node | null | undefined): boolean {
  if (!node) return false;
  if (node.type === 'attribute' || node.type === 'identifier') {
    const name = ctx.qualifiedName(node) ?? '';
    return (
      name === 'ssl.CERT_NONE' ||
      name === 'ssl.VerifyMode.CERT_NONE' ||
      name.endsWith('.CERT_NONE') ||
      name === 'CERT_NONE'
    );
  }
  const value = ctx.staticString(node);
  return value !== undefined && /^(cert_none|none)$/i.test(value);
}
