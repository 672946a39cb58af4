// django-password-validators-empty: AUTH_PASSWORD_VALIDATORS = [] lets users pick any password.
import { defineRule } from '../../src/analysis/rule.js';
import { isDevSettingsPath } from '../../src/analysis/python/source-hints.js';
import { settingWrites } from '../../src/analysis/python/settings-writes.js';

export default defineRule({
  meta: {
    id: 'django-password-validators-empty',
    title: 'Django password validation disabled',
    category: 'framework-security',
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
    messages: {
      empty: '`AUTH_PASSWORD_VALIDATORS` is empty; users can set "1" or "password" as their password.',
    },
    docs: {
      whatItDoes: 'Flags `AUTH_PASSWORD_VALIDATORS = []` (or an empty tuple) in a settings module.',
      whyBad:
        'Without validators Django accepts any password: one character, the username, or the most common passwords. Credential stuffing and guessing succeed quickly.',
      businessImpact:
        'Account takeover at scale, including staff accounts, and the compliance findings that follow (PCI DSS, SOC 2 password rules).',
      attackScenario:
        'The attacker sprays the 1,000 most common passwords against known usernames; with no validators many accounts use one of them.',
      example: 'AUTH_PASSWORD_VALIDATORS = []',
      useInstead:
        'AUTH_PASSWORD_VALIDATORS = [\n    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},\n    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},\n    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},\n    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},\n]',
      testing:
        'Call `validate_password("password")` with the production settings and assert it raises ValidationError.',
      knownProblems: 'Settings named dev/local/test are reported with low severity.',
      references: [
        'https://docs.djangoproject.com/en/stable/topics/auth/passwords/#password-validation',
        'https://cwe.mitre.org/data/definitions/521.html',
        'https://pages.nist.gov/800-63-3/sp800-63b.html',
      ],
    },
  },
  hints: ['AUTH_PASSWORD_VALIDATORS'],
  create(ctx) {
    const dev = isDevSettingsPath(ctx.file.path);
    return settingWrites(ctx, ['AUTH_PASSWORD_VALIDATORS'], { settings: true }, (write) => {
      const value = ctx.staticValue(write.value);
      if (!Array.isArray(value) || value.length > 0) return;
      ctx.report({ node: write.node, messageId: 'empty', ...(dev ? { severity: 'low' as const } : {}) });
    });
  },
});
