// drf-allow-any: Django REST framework endpoints that change state open to anonymous users (AllowAny).
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule, type RuleContext } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { settingWrites } from '../../src/analysis/python/settings-writes.js';

const ALLOW_ANY = 'rest_framework.permissions.AllowAny';
const WRITING_BASES =
  /\b(ModelViewSet|GenericViewSet|ViewSet|CreateAPIView|UpdateAPIView|DestroyAPIView|ListCreateAPIView|RetrieveUpdateAPIView|RetrieveDestroyAPIView|RetrieveUpdateDestroyAPIView|CreateModelMixin|UpdateModelMixin|DestroyModelMixin)\b/;
const WRITING_METHODS =
  /^(post|put|patch|delete|create|update|partial_update|destroy|perform_create|perform_update|perform_destroy)$/;
/** Views that must be public by nature: reported with low confidence only. */
const PUBLIC_BY_DESIGN =
  /login|logout|register|signup|sign_up|token|password|reset|verify|activate|confirm|webhook|health|contact|subscribe/i;

export default defineRule({
  meta: {
    id: 'drf-allow-any',
    title: 'DRF AllowAny on state-changing endpoints',
    category: 'access-control',
    cwe: ['CWE-862', 'CWE-284'],
    owasp: { '2021': ['A01:2021'], '2025': ['A01:2025'] },
    severity: 'medium',
    riskScore: 6,
    confidence: 'medium',
    threat: 'integrity',
    timeline: '7-days',
    technology: ['django-rest-framework'],
    aliases: {},
    messages: {
      default:
        '`DEFAULT_PERMISSION_CLASSES` includes AllowAny: every API view without its own permission_classes is open to anonymous users.',
      view: '`{{view}}` changes data but allows anonymous access (AllowAny).',
    },
    docs: {
      whatItDoes:
        'Flags `AllowAny` in `REST_FRAMEWORK["DEFAULT_PERMISSION_CLASSES"]`, in `permission_classes` of views/viewsets that create, update or delete, and in `@permission_classes([AllowAny])` on `@api_view` functions that accept POST/PUT/PATCH/DELETE.',
      whyBad:
        'AllowAny disables authentication checks. As a default, every new endpoint is public until someone remembers to protect it; on a writing endpoint, anonymous users can change data.',
      businessImpact:
        'Unauthenticated creation, modification or deletion of records; data integrity loss and abuse (spam, fraud).',
      attackScenario:
        'A `ModelViewSet` for orders has `permission_classes = [AllowAny]`; the attacker sends `DELETE /api/orders/17/` without logging in and the order is gone.',
      example: 'class OrderViewSet(viewsets.ModelViewSet):\n    permission_classes = [AllowAny]',
      useInstead:
        'class OrderViewSet(viewsets.ModelViewSet):\n    permission_classes = [IsAuthenticated, IsOrderOwner]',
      testing: 'Call each writing endpoint without credentials and assert 401/403.',
      knownProblems:
        'Views named like login, register, token or webhook endpoints are reported with low confidence: they are usually public on purpose. Read-only views with AllowAny are not reported.',
      references: [
        'https://www.django-rest-framework.org/api-guide/permissions/#allowany',
        'https://www.django-rest-framework.org/api-guide/permissions/#setting-the-permission-policy',
        'https://cwe.mitre.org/data/definitions/862.html',
      ],
    },
  },
  hints: ['AllowAny'],
  requires: [['AllowAny']],
  create(ctx) {
    if (!ctx.source.includes('AllowAny')) return {};
    const defaults = settingWrites(ctx, ['REST_FRAMEWORK'], { settings: true }, (write) => {
      const config = ctx.staticValue(write.value);
      const classes = config instanceof Map ? config.get('DEFAULT_PERMISSION_CLASSES') : undefined;
      if (Array.isArray(classes) && classes.includes(ALLOW_ANY)) ctx.report({ node: write.node, messageId: 'default' });
    });
    return {
      ...defaults,
      nodes: { ...defaults.nodes, class_definition: (node) => checkClass(ctx, node) },
      calls: { 'rest_framework.decorators.permission_classes': (call) => checkDecorator(ctx, call) },
    };
  },
});

function allowsAny(ctx: RuleContext, list: Node | null | undefined): boolean {
  if (!list || (list.type !== 'list' && list.type !== 'tuple')) return false;
  return list.namedChildren.some((item) => item && ctx.qualifiedName(item) === ALLOW_ANY);
}

function report(ctx: RuleContext, node: Node, view: string): void {
  ctx.report({
    node,
    messageId: 'view',
    data: { view },
    ...(PUBLIC_BY_DESIGN.test(view) ? { confidence: 'low' as const } : {}),
  });
}

function checkClass(ctx: RuleContext, cls: Node): void {
  const body = cls.childForFieldName('body')?.namedChildren ?? [];
  let grant: Node | undefined;
  let writes =
    WRITING_BASES.test(cls.childForFieldName('superclasses')?.text ?? '') &&
    !/ReadOnly/.test(cls.childForFieldName('superclasses')?.text ?? '');
  for (const statement of body) {
    const inner = statement?.type === 'decorated_definition' ? statement.childForFieldName('definition') : statement;
    if (inner?.type === 'function_definition')
      writes ||= WRITING_METHODS.test(inner.childForFieldName('name')?.text ?? '');
    const assignment = statement?.type === 'expression_statement' ? statement.namedChildren[0] : undefined;
    if (
      assignment?.type === 'assignment' &&
      assignment.childForFieldName('left')?.text === 'permission_classes' &&
      allowsAny(ctx, assignment.childForFieldName('right'))
    )
      grant = assignment;
  }
  if (grant && writes) report(ctx, grant, cls.childForFieldName('name')?.text ?? 'view');
}

/** `@permission_classes([AllowAny])` next to `@api_view(["POST"])`. */
function checkDecorator(ctx: RuleContext, call: CallInfo): void {
  if (!allowsAny(ctx, call.arg(0)) || call.node.parent?.type !== 'decorator') return;
  const decorated = call.node.parent.parent;
  if (decorated?.type !== 'decorated_definition') return;
  const writes = decorated.namedChildren.some((d) => {
    const expression = d?.type === 'decorator' ? d.namedChildren[0] : undefined;
    if (expression?.type !== 'call' || !ctx.call(expression).name?.endsWith('api_view')) return false;
    const methods = ctx.staticValue(ctx.call(expression).argOrKwarg(0, 'http_method_names'));
    return Array.isArray(methods) && methods.some((m) => typeof m === 'string' && /^(POST|PUT|PATCH|DELETE)$/i.test(m));
  });
  const name = decorated.childForFieldName('definition')?.childForFieldName('name')?.text ?? 'view';
  if (writes) report(ctx, call.node.parent, name);
}
