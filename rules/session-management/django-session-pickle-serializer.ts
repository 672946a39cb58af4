// django-session-pickle-serializer: sessions serialised with pickle, so a leaked SECRET_KEY means code execution.
import { defineRule } from '../../src/analysis/rule.js';
import { replaceNode } from '../../src/analysis/python/fixes.js';
import { settingWrites } from '../../src/analysis/python/settings-writes.js';

export default defineRule({
  meta: {
    id: 'django-session-pickle-serializer',
    title: 'Django sessions serialised with pickle',
    category: 'session-management',
    cwe: ['CWE-502'],
    owasp: { '2021': ['A08:2021'], '2025': ['A08:2025'] },
    severity: 'high',
    riskScore: 7,
    confidence: 'high',
    evidence: 'config',
    threat: 'integrity',
    timeline: '7-days',
    technology: ['django'],
    aliases: {},
    fixable: true,
    messages: {
      pickle:
        '`SESSION_SERIALIZER` is {{value}}; anyone who can forge a session (leaked SECRET_KEY, signed-cookie backend) can run code on the server.',
    },
    docs: {
      whatItDoes:
        'Flags `SESSION_SERIALIZER` set to a pickle-based serializer (`django.contrib.sessions.serializers.PickleSerializer` or any class named like Pickle) in a settings module.',
      whyBad:
        'Session data is unpickled on every request. Unpickling attacker-controlled bytes executes code; with the `signed_cookies` session backend, or once the SECRET_KEY leaks, the attacker controls those bytes.',
      businessImpact: 'Remote code execution on every web server that reads sessions.',
      attackScenario:
        'The SECRET_KEY leaks through a public repository; the attacker signs a cookie whose pickle payload calls `os.system`, sends one request, and gets a shell.',
      example: 'SESSION_SERIALIZER = "django.contrib.sessions.serializers.PickleSerializer"',
      useInstead: 'SESSION_SERIALIZER = "django.contrib.sessions.serializers.JSONSerializer"  # the default',
      testing:
        'Store a session, inspect its encoded value and check it is JSON; `manage.py check` on Django 5 rejects PickleSerializer (removed).',
      knownProblems: 'Custom serializers that wrap pickle under another name are not detected.',
      references: [
        'https://docs.djangoproject.com/en/4.2/topics/http/sessions/#session-serialization',
        'https://docs.python.org/3/library/pickle.html',
        'https://cwe.mitre.org/data/definitions/502.html',
      ],
    },
  },
  hints: ['SESSION_SERIALIZER'],
  create(ctx) {
    return settingWrites(ctx, ['SESSION_SERIALIZER'], { settings: true }, (write) => {
      const value = ctx.staticString(write.value);
      if (value === undefined || !/pickle/i.test(value)) return;
      ctx.report({
        node: write.node,
        messageId: 'pickle',
        data: { value: JSON.stringify(value) },
        fix: {
          description: 'Use the JSON session serializer.',
          edits: [replaceNode(write.value, '"django.contrib.sessions.serializers.JSONSerializer"')],
        },
      });
    });
  },
});
