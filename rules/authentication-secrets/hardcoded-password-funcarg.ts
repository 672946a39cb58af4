// hardcoded-password-funcarg: a literal passed as a password/token/secret keyword argument (B106).
import { defineRule, secretsIn } from '../../src/analysis/rule.js';
import type { Node } from '../../src/analysis/syntax-node.js';
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
    id: 'hardcoded-password-funcarg',
    title: 'Hard-coded password passed as a keyword argument',
    category: 'authentication-secrets',
    cwe: ['CWE-259', 'CWE-798'],
    owasp: { '2021': ['A07:2021'], '2025': ['A07:2025'] },
    severity: 'medium',
    riskScore: 6,
    confidence: 'medium',
    evidence: 'config',
    threat: 'confidentiality',
    timeline: 'immediate',
    aliases: { bandit: ['B106'], ruff: ['S106'] },
    messages: {
      kwarg: "Hard-coded secret passed as `{{name}}=` ('{{preview}}'); read it from the environment or a secret store.",
    },
    docs: {
      whatItDoes:
        'Flags calls that pass a string literal to a keyword argument named like a password, token or secret (`connect(password="…")`).',
      whyBad:
        'The credential is fixed in the code: everyone who can read the repository can use it, and changing it needs a release.',
      businessImpact:
        'Direct access to the database, broker or API the call logs into, from anywhere the credential works.',
      attackScenario:
        'A contractor keeps a clone after leaving; `psycopg2.connect(host=…, password="pg-prod-2023")` still works against production a year later because nobody knew to rotate it.',
      example: 'conn = psycopg2.connect(host="db", user="app", password="pg-prod-2023")',
      useInstead: 'conn = psycopg2.connect(host="db", user="app", password=os.environ["PGPASSWORD"])',
      testing:
        'Run the code with the environment variable unset and assert it fails closed; confirm the old credential was rotated.',
      knownProblems:
        'Same value filters as hardcoded-password-string (empty, masks, templates, env-variable names, prose). Reported on the call, like Bandit, once per call.',
      references: [
        'https://cwe.mitre.org/data/definitions/259.html',
        'https://bandit.readthedocs.io/en/latest/plugins/b106_hardcoded_password_funcarg.html',
        'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
      ],
    },
  },
  create(ctx) {
    if (!sourceMatches(ctx.source, SECRET_NAME_HINT)) return {}; // one test per file for all three rules
    return {
      nodes: {
        [`(keyword_argument value: ${STRING_LITERAL})`](node: Node) {
          const value = node.childForFieldName('value');
          if (!isStringLiteral(value)) return;
          const name = node.childForFieldName('name')?.text;
          const text = literalText(ctx.staticValue(value));
          const call = node.parent?.parent;
          if (!name || text === undefined || call?.type !== 'call') return;
          const verdict = judgeSecret(name, text, ctx.file.isTest);
          if (!verdict) return;
          ctx.report({
            node: call,
            messageId: 'kwarg',
            data: { name, preview: verdict.preview },
            severity: verdict.severity,
            ...secretsIn(value),
          });
        },
      },
    };
  },
});
