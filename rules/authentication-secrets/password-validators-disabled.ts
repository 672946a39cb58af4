// password-validators-disabled: Django's AUTH_PASSWORD_VALIDATORS set to an empty list (any password accepted).
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule } from '../../src/analysis/rule.js';
import { replaceNode } from '../../src/analysis/python/fixes.js';

/** Django's `startproject` defaults. */
const DEFAULT_VALIDATORS = [
  'UserAttributeSimilarityValidator',
  'MinimumLengthValidator',
  'CommonPasswordValidator',
  'NumericPasswordValidator',
];

/** The default list as Python source, indented to sit under an assignment at `column`. */
function defaultList(column: number): string {
  const indent = ' '.repeat(column);
  const items = DEFAULT_VALIDATORS.map((v) => `${indent}    {"NAME": "django.contrib.auth.password_validation.${v}"},`);
  return `[\n${items.join('\n')}\n${indent}]`;
}

export default defineRule({
  meta: {
    id: 'password-validators-disabled',
    title: 'Django password validation disabled',
    category: 'authentication-secrets',
    cwe: ['CWE-521'],
    owasp: { '2021': ['A07:2021'], '2025': ['A07:2025'] },
    severity: 'medium',
    riskScore: 5,
    confidence: 'high',
    evidence: 'config',
    threat: 'confidentiality',
    timeline: '30-days',
    technology: ['django'],
    aliases: {},
    fixable: true,
    messages: {
      empty: 'AUTH_PASSWORD_VALIDATORS is empty: users can choose "1" or their username as a password.',
    },
    docs: {
      whatItDoes:
        "Flags `AUTH_PASSWORD_VALIDATORS = []` (or `()`) in settings code, which turns off all of Django's password checks.",
      whyBad:
        'Without validators Django accepts one-character, numeric-only, common and username-equal passwords, which fall to the first guesses of any credential-stuffing or spraying attack.',
      businessImpact:
        'Account takeovers through trivial password guessing, and non-compliance with NIST SP 800-63B minimums.',
      attackScenario:
        'The attacker sprays `123456` and `password` against every account of the login form; dozens of accounts open because nothing prevented those passwords.',
      example: 'AUTH_PASSWORD_VALIDATORS = []',
      useInstead:
        'AUTH_PASSWORD_VALIDATORS = [\n    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},\n    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},\n    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},\n    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},\n]',
      testing: 'Call `validate_password("123456")` in a test and assert it raises ValidationError.',
      knownProblems: 'Settings for local development or tests often empty the list; files under tests/ are skipped.',
      references: [
        'https://docs.djangoproject.com/en/stable/topics/auth/passwords/#enabling-password-validation',
        'https://pages.nist.gov/800-63-3/sp800-63b.html#memsecret',
      ],
    },
  },
  hints: ['AUTH_PASSWORD_VALIDATORS'],
  requires: [['AUTH_PASSWORD_VALIDATORS']],
  create(ctx) {
    if (!ctx.source.includes('AUTH_PASSWORD_VALIDATORS')) return {};
    return {
      nodes: {
        assignment(node: Node) {
          const right = node.childForFieldName('right');
          if ((right?.type !== 'list' && right?.type !== 'tuple') || right.namedChildCount !== 0 || ctx.file.isTest)
            return;
          const left = node.childForFieldName('left');
          if (left?.type !== 'identifier' || left.text !== 'AUTH_PASSWORD_VALIDATORS') return;
          const fix = {
            description: "Restore Django's default password validators.",
            edits: [replaceNode(right, defaultList(node.startPosition.column))],
          };
          ctx.report({ node, messageId: 'empty', fix });
        },
      },
    };
  },
});
