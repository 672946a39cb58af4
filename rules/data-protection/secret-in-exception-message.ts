// secret-in-exception-message: exceptions whose message embeds a password, key or token value.
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule } from '../../src/analysis/rule.js';
import { credentialOperand } from '../../src/analysis/python/secret-operands.js';

export default defineRule({
  meta: {
    id: 'secret-in-exception-message',
    title: 'Secret embedded in an exception message',
    category: 'data-protection',
    cwe: ['CWE-209', 'CWE-532'],
    owasp: { '2021': ['A04:2021', 'A09:2021'], '2025': ['A10:2025', 'A09:2025'] },
    severity: 'medium',
    riskScore: 5,
    confidence: 'medium',
    threat: 'confidentiality',
    timeline: '30-days',
    aliases: {},
    messages: {
      raise:
        'The exception message includes `{{name}}`; tracebacks are logged, reported to error trackers and sometimes shown to users.',
    },
    docs: {
      whatItDoes:
        'Flags `raise SomeError(...)` whose arguments interpolate a variable named like a password, secret, API key or auth token.',
      whyBad:
        'Exception messages travel far: log files, Sentry-like error trackers, CI output, and in debug mode the HTTP response. A secret in the message leaks to all of them.',
      businessImpact:
        'Credentials exposed to third-party error-tracking vendors and to everyone with log access; possibly to end users.',
      attackScenario:
        'A login helper raises `ValueError(f"bad credentials {user}:{password}")`; the error tracker stores every failed login attempt\'s password, including near-miss real passwords, and a support account with tracker access is phished.',
      example: 'raise ConnectionError(f"cannot connect with {db_password}")',
      useInstead: 'raise ConnectionError("cannot connect to the database (check DB_PASSWORD)")',
      testing:
        'Trigger the error in a test and assert the secret value does not appear in `str(exc)` or the captured log.',
      knownProblems:
        'Derived values (password_length, token_type, password_hash) are not reported. Test files are skipped.',
      references: [
        'https://cwe.mitre.org/data/definitions/209.html',
        'https://cheatsheetseries.owasp.org/cheatsheets/Error_Handling_Cheat_Sheet.html',
      ],
    },
  },
  hints: ['raise'],
  requires: [['pass', 'pwd', 'secret', 'key', 'token', 'cred'].map((anyCase) => ({ anyCase }))],
  create(ctx) {
    if (ctx.file.isTest || !/pass|pwd|secret|key|token|cred/i.test(ctx.source)) return {};
    return {
      nodes: {
        raise_statement(node: Node) {
          if (ctx.file.isTest) return;
          const raised = node.namedChild(0);
          if (raised?.type !== 'call') return;
          const args = raised.childForFieldName('arguments');
          if (!args || !/pass|pwd|secret|key|token|cred/i.test(args.text)) return;
          const name = credentialOperand(args);
          if (name) ctx.report({ node: raised, messageId: 'raise', data: { name } });
        },
      },
    };
  },
});
