// django-allowed-hosts-wildcard: ALLOWED_HOSTS that accepts any Host header.
import { defineRule } from '../../src/analysis/rule.js';
import { settingWrites } from '../../src/analysis/python/settings-writes.js';

export default defineRule({
  meta: {
    id: 'django-allowed-hosts-wildcard',
    title: 'Django ALLOWED_HOSTS accepts any host',
    category: 'framework-security',
    cwe: ['CWE-20', 'CWE-644'],
    owasp: { '2021': ['A05:2021'], '2025': ['A02:2025'] },
    severity: 'medium',
    riskScore: 5,
    confidence: 'high',
    evidence: 'config',
    threat: 'integrity',
    timeline: '30-days',
    technology: ['django'],
    aliases: {},
    messages: {
      wildcard: '`ALLOWED_HOSTS` contains "*"; Django will trust any Host header when it builds absolute URLs.',
    },
    docs: {
      whatItDoes: 'Flags `ALLOWED_HOSTS` in a settings module when the list contains `"*"`.',
      whyBad:
        "Django validates the Host header against ALLOWED_HOSTS. With `*`, `request.get_host()` and `build_absolute_uri()` return whatever the client sent, so links in e-mails and redirects can point to an attacker's domain; caches can be poisoned.",
      businessImpact:
        'Password-reset poisoning (account takeover), web cache poisoning, phishing from trusted e-mails.',
      attackScenario:
        "The attacker requests a password reset for the victim with `Host: evil.example`; the e-mail links to `https://evil.example/reset/<token>`, and the victim's click hands over the token.",
      example: 'ALLOWED_HOSTS = ["*"]',
      useInstead: 'ALLOWED_HOSTS = ["app.example.com", "www.example.com"]',
      testing: 'Send a request with `Host: evil.example` and assert a 400 response (DisallowedHost).',
      knownProblems: 'Hosts added later with `ALLOWED_HOSTS += [...]` or read from the environment are not evaluated.',
      references: [
        'https://docs.djangoproject.com/en/stable/ref/settings/#allowed-hosts',
        'https://portswigger.net/web-security/host-header',
        'https://cwe.mitre.org/data/definitions/644.html',
      ],
    },
  },
  hints: ['ALLOWED_HOSTS'],
  create(ctx) {
    return settingWrites(ctx, ['ALLOWED_HOSTS'], { settings: true }, (write) => {
      const hosts = ctx.staticValue(write.value);
      if (Array.isArray(hosts) && hosts.includes('*')) ctx.report({ node: write.node, messageId: 'wildcard' });
    });
  },
});
