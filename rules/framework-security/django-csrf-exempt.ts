// django-csrf-exempt: views taken out of Django's CSRF protection with csrf_exempt.
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { scopeOf } from '../../src/analysis/python/scope.js';

const CSRF_EXEMPT = 'django.views.decorators.csrf.csrf_exempt';
/** Endpoints that authenticate requests another way (signatures, shared secrets) and are exempt on purpose. */
const MACHINE_ENDPOINT = /webhook|hook|callback|notify|notification|ipn|stripe|github|slack|twilio|health|ping/i;

export default defineRule({
  meta: {
    id: 'django-csrf-exempt',
    title: 'Django view exempt from CSRF protection',
    category: 'framework-security',
    cwe: ['CWE-352'],
    owasp: { '2021': ['A01:2021'], '2025': ['A01:2025'] },
    severity: 'medium',
    riskScore: 6,
    confidence: 'medium',
    threat: 'integrity',
    timeline: '7-days',
    technology: ['django'],
    aliases: {},
    messages: {
      exempt: '`{{name}}` is exempt from CSRF checks; any site can make a logged-in user submit requests to it.',
    },
    docs: {
      whatItDoes:
        'Flags `@csrf_exempt`, `@method_decorator(csrf_exempt, ...)` and `csrf_exempt(view)` from `django.views.decorators.csrf`. Views whose name says they are webhooks or callbacks are reported with low confidence.',
      whyBad:
        "The exemption turns off CsrfViewMiddleware for the view. If the view uses the session (cookie) for authentication, a third-party page can submit forms to it with the user's cookies.",
      businessImpact:
        'Unwanted state changes performed as a logged-in user: purchases, e-mail or password changes, privilege grants.',
      attackScenario:
        'A `@csrf_exempt` "update profile" view accepts POSTs; the attacker\'s page auto-submits a form changing the victim\'s e-mail, then triggers a password reset.',
      example:
        '@csrf_exempt\ndef update_profile(request):\n    request.user.email = request.POST["email"]\n    request.user.save()',
      useInstead:
        'def update_profile(request):  # keep CSRF on; send the token from JS via the X-CSRFToken header\n    ...',
      testing: 'POST to the view with a valid session cookie and no CSRF token; expect 403.',
      knownProblems:
        'Webhook endpoints that verify a signature and never use the session are legitimate exemptions; suppress with that reason.',
      references: [
        'https://docs.djangoproject.com/en/stable/ref/csrf/#django.views.decorators.csrf.csrf_exempt',
        'https://cwe.mitre.org/data/definitions/352.html',
        'https://cheatsheetseries.owasp.org/cheatsheets/Cross-Site_Request_Forgery_Prevention_Cheat_Sheet.html',
      ],
    },
  },
  hints: ['csrf_exempt'],
  requires: [['csrf_exempt']],
  create(ctx) {
    if (!ctx.source.includes('csrf_exempt')) return {};
    const report = (node: Node, name: string) => {
      const machine = MACHINE_ENDPOINT.test(name);
      ctx.report({ node, messageId: 'exempt', data: { name }, ...(machine ? { confidence: 'low' as const } : {}) });
    };
    const decoratedName = (decorator: Node) =>
      decorator.parent?.childForFieldName('definition')?.childForFieldName('name')?.text ?? 'view';
    return {
      nodes: {
        decorator(node) {
          const expression = node.namedChildren[0];
          if (!expression || (expression.type !== 'identifier' && expression.type !== 'attribute')) return;
          if (ctx.qualifiedName(expression) === CSRF_EXEMPT) report(node, decoratedName(node));
        },
      },
      calls: {
        [CSRF_EXEMPT]: (call: CallInfo) => report(call.node, call.arg(0)?.text ?? scopeOf(call.node).name),
        'django.utils.decorators.method_decorator': (call: CallInfo) => {
          const target = call.arg(0);
          if (!target || ctx.qualifiedName(target) !== CSRF_EXEMPT) return;
          const decorator = call.node.parent?.type === 'decorator' ? call.node.parent : undefined;
          const owner = decorator ? decoratedName(decorator) : scopeOf(call.node).name;
          report(decorator ?? call.node, owner || 'view');
        },
      },
    };
  },
});
