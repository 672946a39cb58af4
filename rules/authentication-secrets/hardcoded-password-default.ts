// hardcoded-password-default: a function parameter named like a password with a literal default (B107).
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule, type RuleContext, secretsIn } from '../../src/analysis/rule.js';
import {
  SECRET_NAME_HINT,
  isStringLiteral,
  literalText,
  judgeSecret,
} from '../../src/analysis/python/hardcoded-secret.js';
import { sourceMatches } from '../../src/analysis/python/source-hints.js';

/** Query alternatives for a string literal: handlers below only run where one sits in the checked slot. */
const STRING_LITERAL = '[(string) (concatenated_string)]';

export default defineRule({
  meta: {
    id: 'hardcoded-password-default',
    title: 'Hard-coded password as a parameter default',
    category: 'authentication-secrets',
    cwe: ['CWE-259', 'CWE-1392'],
    owasp: { '2021': ['A07:2021'], '2025': ['A07:2025'] },
    severity: 'medium',
    riskScore: 5,
    confidence: 'medium',
    evidence: 'config',
    threat: 'confidentiality',
    timeline: '7-days',
    aliases: { bandit: ['B107'], ruff: ['S107'] },
    messages: {
      default:
        "Parameter `{{name}}` defaults to a hard-coded secret ('{{preview}}'); callers that omit it all share one credential.",
    },
    docs: {
      whatItDoes:
        'Flags function parameters named like a password, token or secret whose default value is a string literal.',
      whyBad:
        'Every caller that forgets the argument silently uses the same built-in credential, which is also published with the code: a default credential (CWE-1392).',
      businessImpact:
        'Installations that never configured a password run with a publicly known one, exposing every such deployment at once.',
      attackScenario:
        'An attacker reads the library source, sees `def connect(user="admin", password="admin")`, and tries those credentials on every exposed instance found by a search engine.',
      example: 'def connect(host, user="admin", password="admin"):\n    ...',
      useInstead:
        'def connect(host, user, password):  # required; or password: str | None = None and read os.environ\n    ...',
      testing: 'Call the function without the argument and assert it raises instead of connecting.',
      knownProblems:
        'Same value filters as hardcoded-password-string. Reported on the `def` line, once per function, like Bandit.',
      references: [
        'https://cwe.mitre.org/data/definitions/1392.html',
        'https://bandit.readthedocs.io/en/latest/plugins/b107_hardcoded_password_default.html',
      ],
    },
  },
  create(ctx) {
    if (!sourceMatches(ctx.source, SECRET_NAME_HINT)) return {}; // one test per file for all three rules
    const check = (node: Node) => {
      const value = node.childForFieldName('value');
      if (!isStringLiteral(value)) return;
      const nameNode = node.childForFieldName('name');
      const fn = node.parent?.parent;
      if (nameNode?.type !== 'identifier' || fn?.type !== 'function_definition') return;
      report(ctx, fn, nameNode.text, literalText(ctx.staticValue(value)), value);
    };
    return {
      nodes: {
        [`(default_parameter value: ${STRING_LITERAL})`]: check,
        [`(typed_default_parameter value: ${STRING_LITERAL})`]: check,
      },
    };
  },
});

function report(ctx: RuleContext, fn: Node, name: string, value: string | undefined, literal: Node): void {
  if (value === undefined) return;
  const verdict = judgeSecret(name, value, ctx.file.isTest);
  if (!verdict) return;
  ctx.report({
    node: fn,
    messageId: 'default',
    data: { name, preview: verdict.preview },
    severity: verdict.severity,
    ...secretsIn(literal),
  });
}
