// ssl-insecure-version-default: functions whose default argument is a broken SSL/TLS version (Bandit B503, Ruff S503).
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule } from '../../src/analysis/rule.js';
import { INSECURE_VERSION_HINT, badProtocolOf } from '../../src/analysis/python/ssl-protocols.js';

export default defineRule({
  meta: {
    id: 'ssl-insecure-version-default',
    title: 'Function defaults to an insecure SSL/TLS version',
    category: 'data-protection',
    cwe: ['CWE-327', 'CWE-757'],
    owasp: { '2021': ['A02:2021'], '2025': ['A04:2025'] },
    severity: 'medium',
    riskScore: 5,
    confidence: 'medium',
    threat: 'confidentiality',
    timeline: '30-days',
    technology: ['ssl', 'pyOpenSSL'],
    aliases: { bandit: ['B503'], ruff: ['S503'] },
    messages: {
      badDefault:
        'Parameter `{{param}}` of `{{fn}}` defaults to {{protocol}}; callers that omit it get a broken protocol.',
    },
    docs: {
      whatItDoes: 'Flags function definitions whose parameter default is an SSLv2/SSLv3/TLS 1.0/TLS 1.1 constant.',
      whyBad: `${INSECURE_VERSION_HINT} A default spreads the weak protocol to every caller that does not override it.`,
      businessImpact: 'Every connection opened through the helper can be downgraded or decrypted.',
      attackScenario:
        'A shared `open_tls_socket(version=ssl.PROTOCOL_TLSv1)` helper is used by ten services; an attacker intercepts one of them with a downgrade attack.',
      example: 'def connect(host, version=ssl.PROTOCOL_TLSv1):\n    ...',
      useInstead: 'def connect(host, context=None):\n    context = context or ssl.create_default_context()',
      testing:
        'Call the helper without the parameter against a TLS 1.2-only server; it must connect, and a TLS 1.0-only server must be refused.',
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
  ],
  requires: [['PROTOCOL_SSLv', 'PROTOCOL_TLSv1', '_METHOD']],
  create(ctx) {
    if (!/PROTOCOL_(SSLv|TLSv1)|(SSLv2|SSLv23|SSLv3|TLSv1|TLSv1_1)_METHOD/.test(ctx.source)) return {};
    return {
      nodes: {
        function_definition(node: Node) {
          const parameters = node.childForFieldName('parameters');
          for (const param of parameters?.namedChildren ?? []) {
            if (param?.type !== 'default_parameter' && param?.type !== 'typed_default_parameter') continue;
            const value = param.childForFieldName('value');
            const protocol = value ? badProtocolOf(value) : undefined;
            if (!protocol) continue;
            ctx.report({
              node,
              messageId: 'badDefault',
              data: {
                fn: node.childForFieldName('name')?.text ?? '?',
                param: param.childForFieldName('name')?.text ?? '?',
                protocol,
              },
            });
            return;
          }
        },
      },
    };
  },
});
