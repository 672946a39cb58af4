// django-weak-password-hasher: Django PASSWORD_HASHERS / make_password using MD5, SHA-1, unsalted or crypt hashers.
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';

const WEAK_HASHER =
  /django\.contrib\.auth\.hashers\.(UnsaltedMD5PasswordHasher|UnsaltedSHA1PasswordHasher|MD5PasswordHasher|SHA1PasswordHasher|CryptPasswordHasher)/g;
const WEAK_ALGORITHM = new Set(['md5', 'sha1', 'unsalted_md5', 'unsalted_sha1', 'crypt']);

export default defineRule({
  meta: {
    id: 'django-weak-password-hasher',
    title: 'Django configured with a weak password hasher',
    category: 'authentication-secrets',
    cwe: ['CWE-916', 'CWE-328'],
    owasp: { '2021': ['A02:2021', 'A07:2021'], '2025': ['A04:2025', 'A07:2025'] },
    severity: 'high',
    riskScore: 7,
    confidence: 'high',
    evidence: 'config',
    threat: 'confidentiality',
    timeline: '7-days',
    technology: ['django'],
    aliases: {},
    messages: {
      setting:
        '`{{hasher}}` is a fast, broken password hasher; use Argon2PasswordHasher or PBKDF2PasswordHasher first in PASSWORD_HASHERS.',
      call: '`make_password(..., hasher="{{hasher}}")` stores passwords with a broken hash; use the default hasher.',
    },
    docs: {
      whatItDoes:
        'Flags references to Django\'s MD5, SHA-1, unsalted and crypt password hashers (typically in PASSWORD_HASHERS) and `make_password(..., hasher="md5")`.',
      whyBad:
        'These hashers exist only to read legacy hashes; used first in PASSWORD_HASHERS they store every new password with a single fast hash.',
      businessImpact: 'A database leak reveals most user passwords within hours.',
      attackScenario:
        'A settings file copied from a tutorial lists `MD5PasswordHasher` first to "speed up tests"; in production every sign-up is stored as salted MD5 and cracked after a breach.',
      example: 'PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]',
      useInstead:
        'PASSWORD_HASHERS = [\n    "django.contrib.auth.hashers.Argon2PasswordHasher",\n    "django.contrib.auth.hashers.PBKDF2PasswordHasher",\n]',
      testing: 'Create a user and assert `user.password` starts with `argon2` or `pbkdf2_sha256`.',
      knownProblems: 'Test settings modules often use MD5PasswordHasher for speed; files under tests/ report low.',
      references: [
        'https://docs.djangoproject.com/en/stable/topics/auth/passwords/#using-argon2-with-django',
        'https://cwe.mitre.org/data/definitions/916.html',
      ],
    },
  },
  hints: ['hashers'],
  create(ctx) {
    const severity = ctx.file.isTest ? { severity: 'low' as const } : {};
    return {
      nodes: {
        module(root) {
          if (!ctx.source.includes('django.contrib.auth.hashers.')) return;
          WEAK_HASHER.lastIndex = 0;
          for (let m = WEAK_HASHER.exec(ctx.source); m; m = WEAK_HASHER.exec(ctx.source)) {
            const literal = stringAt(root.descendantForIndex(m.index));
            if (literal) ctx.report({ node: literal, messageId: 'setting', data: { hasher: m[1] ?? '' }, ...severity });
          }
        },
      },
      calls: {
        'django.contrib.auth.hashers.make_password': (call: CallInfo) => {
          const hasher = ctx.staticString(call.argOrKwarg(2, 'hasher'));
          if (hasher && WEAK_ALGORITHM.has(hasher))
            ctx.report({ node: call.node, messageId: 'call', data: { hasher }, ...severity });
        },
      },
    };
  },
});

function stringAt(node: Node | null): Node | undefined {
  for (let cur = node; cur; cur = cur.parent) {
    if (cur.type === 'string') return cur;
    if (cur.type.endsWith('statement') || cur.type === 'module') return undefined;
  }
  return undefined;
}
