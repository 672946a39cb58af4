// sentry-send-default-pii: Sentry configured to ship personal data and request bodies to the error tracker.
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { replaceNode } from '../../src/analysis/python/fixes.js';

export default defineRule({
  meta: {
    id: 'sentry-send-default-pii',
    title: 'Sentry sends personal data by default',
    category: 'security-monitoring',
    cwe: ['CWE-359', 'CWE-532'],
    owasp: { '2021': ['A04:2021', 'A09:2021'], '2025': ['A06:2025', 'A09:2025'] },
    severity: 'medium',
    riskScore: 4,
    confidence: 'high',
    evidence: 'config',
    threat: 'compliance',
    timeline: '30-days',
    technology: ['sentry-sdk'],
    aliases: {},
    fixable: true,
    messages: {
      pii: '`{{fn}}` is called with send_default_pii=True: user IPs, cookies, headers and user data go to the error tracker.',
      bodies:
        '`{{fn}}` sends every request body ({{value}}) with error reports, including passwords and tokens posted to the app.',
    },
    docs: {
      whatItDoes:
        'Flags `sentry_sdk.init(...)` with `send_default_pii=True`, or with `max_request_body_size="always"`.',
      whyBad:
        'With these options the SDK attaches cookies, Authorization headers, IP addresses, logged-in user details and full request bodies to events stored at a third party, with its own retention and access rules.',
      businessImpact:
        'Personal data and credentials copied to an external processor: GDPR/CCPA exposure, wider blast radius for a Sentry account compromise.',
      attackScenario:
        "An attacker phishes a developer's Sentry login and browses events, collecting session cookies and passwords from captured login request bodies.",
      example: 'sentry_sdk.init(dsn=DSN, send_default_pii=True)',
      useInstead: 'sentry_sdk.init(dsn=DSN, send_default_pii=False, before_send=scrub_event)',
      testing:
        'Capture an event in a test with a fake transport and assert it contains no cookies, Authorization header or body fields.',
      knownProblems: 'A `before_send` hook that scrubs events is not taken into account.',
      references: [
        'https://docs.sentry.io/platforms/python/configuration/options/#send-default-pii',
        'https://docs.sentry.io/platforms/python/data-management/sensitive-data/',
        'https://cwe.mitre.org/data/definitions/359.html',
      ],
    },
  },
  hints: ['sentry_sdk'],
  create(ctx) {
    const check = (call: CallInfo) => {
      const pii = call.kwarg('send_default_pii');
      const bodies = call.kwarg('max_request_body_size');
      const fn = call.callee.text;
      if (pii && ctx.truthiness(pii) === true) {
        ctx.report({
          node: call.node,
          messageId: 'pii',
          data: { fn },
          fix: { description: 'Set send_default_pii=False.', edits: [replaceNode(pii, 'False')] },
        });
      } else if (bodies && ctx.staticString(bodies) === 'always') {
        ctx.report({ node: call.node, messageId: 'bodies', data: { fn, value: bodies.text }, severity: 'low' });
      }
    };
    return { calls: { 'sentry_sdk.init': check } };
  },
});
