// drf-throttling-missing: a Django REST framework configuration without any default rate limiting.
import { defineRule } from '../../src/analysis/rule.js';
import { isDevSettingsPath } from '../../src/analysis/python/source-hints.js';
import { settingWrites } from '../../src/analysis/python/settings-writes.js';

export default defineRule({
  meta: {
    id: 'drf-throttling-missing',
    title: 'DRF without default throttling',
    category: 'api-security',
    cwe: ['CWE-770', 'CWE-307'],
    owasp: { '2021': ['A04:2021'], '2025': ['A06:2025'] },
    severity: 'low',
    riskScore: 3,
    confidence: 'low',
    threat: 'availability',
    timeline: '30-days',
    technology: ['django-rest-framework'],
    aliases: {},
    messages: {
      missing: '`REST_FRAMEWORK` sets no DEFAULT_THROTTLE_CLASSES; API endpoints accept unlimited requests per client.',
    },
    docs: {
      whatItDoes:
        'Flags a literal `REST_FRAMEWORK` settings dict without `DEFAULT_THROTTLE_CLASSES` (or with an empty list), outside development settings.',
      whyBad:
        'Without throttling, login, password-reset, search and export endpoints can be hammered: credential stuffing, enumeration, scraping and resource exhaustion meet no resistance (OWASP API4:2023 Unrestricted Resource Consumption).',
      businessImpact:
        'Account takeover through brute force, scraped data, and outages or cloud bills from abusive clients.',
      attackScenario:
        'The attacker scripts 50,000 password guesses per hour against `/api/token/`; nothing slows them down.',
      example: 'REST_FRAMEWORK = {"DEFAULT_AUTHENTICATION_CLASSES": [...]}',
      useInstead:
        'REST_FRAMEWORK = {\n    "DEFAULT_THROTTLE_CLASSES": ["rest_framework.throttling.AnonRateThrottle", "rest_framework.throttling.UserRateThrottle"],\n    "DEFAULT_THROTTLE_RATES": {"anon": "100/hour", "user": "1000/hour"},\n}',
      testing: 'Send more requests than the anonymous rate allows and assert a 429 response.',
      knownProblems:
        'Low confidence: rate limiting at a gateway, proxy or per-view `throttle_classes` is invisible here.',
      references: [
        'https://www.django-rest-framework.org/api-guide/throttling/',
        'https://owasp.org/API-Security/editions/2023/en/0xa4-unrestricted-resource-consumption/',
        'https://cwe.mitre.org/data/definitions/770.html',
      ],
    },
  },
  hints: ['REST_FRAMEWORK'],
  create(ctx) {
    if (isDevSettingsPath(ctx.file.path)) return {};
    return settingWrites(ctx, ['REST_FRAMEWORK'], { settings: true }, (write) => {
      if (write.value.type !== 'dictionary') return;
      const config = ctx.staticValue(write.value);
      const throttles = config instanceof Map ? config.get('DEFAULT_THROTTLE_CLASSES') : undefined;
      const keys = write.value.namedChildren.map((p) => p?.childForFieldName('key')?.text ?? '');
      const declared = keys.some((k) => k.includes('DEFAULT_THROTTLE_CLASSES'));
      if (!declared || (Array.isArray(throttles) && throttles.length === 0))
        ctx.report({ node: write.node, messageId: 'missing' });
    });
  },
});
