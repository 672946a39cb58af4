// graphql-introspection-enabled: GraphQL endpoints that serve GraphiQL or schema introspection (graphene, strawberry, ariadne).
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';

const IDE_SERVERS = [
  'strawberry.fastapi.GraphQLRouter',
  'strawberry.asgi.GraphQL',
  'strawberry.aiohttp.views.GraphQLView',
  'strawberry.sanic.views.GraphQLView',
];
const ARIADNE = ['ariadne.asgi.GraphQL', 'ariadne.wsgi.GraphQL', 'ariadne.contrib.django.views.GraphQLView'];

export default defineRule({
  meta: {
    id: 'graphql-introspection-enabled',
    title: 'GraphQL introspection or GraphiQL enabled',
    category: 'api-security',
    cwe: ['CWE-200', 'CWE-497'],
    owasp: { '2021': ['A05:2021', 'A01:2021'], '2025': ['A02:2025', 'A01:2025'] },
    severity: 'medium',
    riskScore: 4,
    confidence: 'medium',
    evidence: 'config',
    threat: 'confidentiality',
    timeline: '30-days',
    technology: ['graphene', 'strawberry', 'ariadne', 'flask-graphql'],
    aliases: {},
    messages: {
      graphiql: '`{{fn}}` serves the GraphiQL IDE; in production it hands anyone a browsable map of the whole API.',
      introspection: '`{{fn}}` enables schema introspection explicitly; disable it outside development.',
      defaultIntrospection:
        "`{{fn}}` leaves introspection at ariadne's default (on); pass introspection=False in production.",
    },
    docs: {
      whatItDoes:
        'Flags GraphQL views with `graphiql=True` (graphene-django, flask-graphql, strawberry views/routers) and ariadne apps with `introspection=True` or without an `introspection` argument (ariadne enables it by default).',
      whyBad:
        'Introspection returns every type, field, argument and mutation, including internal or admin-only ones; GraphiQL makes exploring and crafting queries trivial. Attackers use it to find unprotected resolvers and expensive queries.',
      businessImpact:
        'Faster discovery of broken authorization and denial-of-service vectors in the API; exposure of unreleased features.',
      attackScenario:
        'The attacker posts an `__schema` query, finds an `adminUpdateUser` mutation missing a permission check, and calls it.',
      example: 'path("graphql/", GraphQLView.as_view(graphiql=True))',
      useInstead: 'path("graphql/", GraphQLView.as_view(graphiql=settings.DEBUG))',
      testing: 'Send `{ __schema { types { name } } }` to the production endpoint and assert it is rejected.',
      knownProblems:
        'graphene and strawberry allow introspection by default unless a validation rule (`DisableIntrospection`) is added; that default is not reported. Values from settings are not evaluated.',
      references: [
        'https://cheatsheetseries.owasp.org/cheatsheets/GraphQL_Cheat_Sheet.html#introspection-graphiql',
        'https://ariadnegraphql.org/docs/introspection',
        'https://cwe.mitre.org/data/definitions/200.html',
      ],
    },
  },
  hints: ['GraphQL', 'ariadne', 'as_view'],
  requires: [[{ anyCase: 'graph' }]],
  create(ctx) {
    if (!/graph/i.test(ctx.source)) return {};
    const graphiql = (call: CallInfo) => {
      const ide = call.kwarg('graphiql') ?? call.kwarg('graphql_ide');
      if (!ide || ctx.truthiness(ide) !== true) return;
      ctx.report({ node: call.node, messageId: 'graphiql', data: { fn: call.callee.text } });
    };
    const asView = (call: CallInfo) => {
      const receiver = call.receiver;
      if (receiver && /GraphQLView$/.test(ctx.qualifiedName(receiver) ?? '')) graphiql(call);
    };
    const ariadne = (call: CallInfo) => {
      const introspection = call.kwarg('introspection');
      if (introspection && ctx.truthiness(introspection) !== true) return;
      if (!introspection && call.hasSplat) return;
      ctx.report({
        node: call.node,
        messageId: introspection ? 'introspection' : 'defaultIntrospection',
        data: { fn: call.callee.text },
        ...(introspection ? {} : { severity: 'low' as const, confidence: 'low' as const }),
      });
    };
    return {
      calls: {
        '*.as_view': asView,
        ...Object.fromEntries(IDE_SERVERS.map((name) => [name, graphiql])),
        ...Object.fromEntries(ARIADNE.map((name) => [name, ariadne])),
      },
    };
  },
});
