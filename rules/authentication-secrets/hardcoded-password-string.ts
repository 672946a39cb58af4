// hardcoded-password-string: a literal assigned to, stored under or compared with a secret-named target (B105).
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule, type RuleContext, secretsIn } from '../../src/analysis/rule.js';
import {
  SECRET_NAME_HINT,
  isStringLiteral,
  literalText,
  judgeSecret,
  targetName,
} from '../../src/analysis/python/hardcoded-secret.js';
import { sourceMatches } from '../../src/analysis/python/source-hints.js';

/** Query alternatives for a string literal: handlers below only run where one sits in the checked slot. */
const STRING_LITERAL = '[(string) (concatenated_string)]';

export default defineRule({
  meta: {
    id: 'hardcoded-password-string',
    title: 'Hard-coded password or token string',
    category: 'authentication-secrets',
    cwe: ['CWE-259', 'CWE-798'],
    owasp: { '2021': ['A07:2021'], '2025': ['A07:2025'] },
    severity: 'medium',
    riskScore: 6,
    confidence: 'medium',
    evidence: 'config',
    threat: 'confidentiality',
    timeline: 'immediate',
    aliases: { bandit: ['B105'], ruff: ['S105'] },
    messages: {
      assigned:
        "Hard-coded secret assigned to `{{name}}` ('{{preview}}'); load it from the environment or a secret store.",
      compared:
        "`{{name}}` is compared with a hard-coded secret ('{{preview}}'); credentials in code are shared with everyone who reads it.",
    },
    docs: {
      whatItDoes:
        'Flags string literals assigned to a password/token/secret-named variable, attribute, subscript key or dict key, or compared with such a variable.',
      whyBad:
        'A credential in source code is readable by everyone with repository, CI or artifact access, cannot be rotated without a deploy, and is usually the same in every environment.',
      businessImpact:
        'Unauthorised access to databases, APIs or admin accounts; a single leaked repository exposes every environment that shares the password.',
      attackScenario:
        'An attacker who obtains the repository (leaked fork, CI cache, pip wheel) greps for `password =`, finds `DB_PASSWORD = "Winter2024!"` and logs into the production database.',
      example: 'DB_PASSWORD = "Winter2024!"\nif password == "letmein":\n    grant_admin()',
      useInstead:
        'DB_PASSWORD = os.environ["DB_PASSWORD"]\nif hmac.compare_digest(hash_password(password), stored_hash):\n    grant_admin()',
      testing:
        'Start the application with the variable unset and check it refuses to start; grep the built artifact for the old value.',
      knownProblems:
        'Less noisy than Bandit B105 by design: empty strings, masks ("****"), templates ("${PW}", "%(pw)s", "{pw}"), URLs, file paths, prose/prompts ("Password: "), env-variable names ("DB_PASSWORD"), values equal to the name (password_field = "password") and names that describe rather than hold a secret (TOKEN_URL, PASSWORD_FIELD) are not reported. Weak defaults such as "changeme" or "admin" ARE reported: they are real default credentials (CWE-1392). Token-named values must look generated (>= 8 chars with a digit). In test files findings are low.',
      references: [
        'https://cwe.mitre.org/data/definitions/259.html',
        'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
        'https://bandit.readthedocs.io/en/latest/plugins/b105_hardcoded_password_string.html',
      ],
    },
  },
  create(ctx) {
    if (!sourceMatches(ctx.source, SECRET_NAME_HINT)) return {}; // one test per file for all three rules
    return {
      nodes: {
        [`(assignment right: ${STRING_LITERAL})`](node: Node) {
          const right = node.childForFieldName('right');
          if (!isStringLiteral(right)) return;
          const left = node.childForFieldName('left');
          if (left) check(ctx, left, right, 'assigned');
        },
        [`(pair key: (string) value: ${STRING_LITERAL})`](node: Node) {
          const value = node.childForFieldName('value');
          if (!isStringLiteral(value)) return;
          const key = node.childForFieldName('key');
          if (key?.type === 'string') check(ctx, key, value, 'assigned');
        },
        [`(comparison_operator ${STRING_LITERAL})`](node: Node) {
          const [left, right] = [node.namedChild(0), node.namedChild(1)];
          if (node.namedChildCount !== 2 || !left || !right) return;
          const op = node.child(1)?.type;
          if (op !== '==' && op !== '!=') return; // `"secret_string" in version` is a membership test
          if (isStringLiteral(right) && left.type !== 'string') check(ctx, left, right, 'compared');
          else if (isStringLiteral(left) && right.type !== 'string') check(ctx, right, left, 'compared');
        },
      },
    };
  },
});

// Dict and subscript keys must look like a variable or header name (not "AWS::SecretsManager::Secret").
const KEY_LIKE = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

function check(ctx: RuleContext, target: Node, literal: Node, messageId: 'assigned' | 'compared'): void {
  const name = target.type === 'string' ? ctx.staticString(target) : targetName(target, ctx.staticString);
  if (name !== undefined && target.type !== 'identifier' && target.type !== 'attribute' && !KEY_LIKE.test(name)) return;
  const value = literalText(ctx.staticValue(literal));
  if (!name || value === undefined) return;
  const verdict = judgeSecret(name, value, ctx.file.isTest);
  if (!verdict) return;
  ctx.report({
    node: literal,
    messageId,
    data: { name, preview: verdict.preview },
    severity: verdict.severity,
    ...secretsIn(literal),
  });
}
