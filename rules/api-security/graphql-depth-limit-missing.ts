// graphql-depth-limit-missing: GraphQL schemas/servers without a query depth or cost limit (strawberry, ariadne).
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';

const STRAWBERRY = ['strawberry.Schema', 'strawberry.federation.Schema', 'strawberry.schema.Schema'];
const ARIADNE = ['ariadne.asgi.GraphQL', 'ariadne.wsgi.GraphQL'];
/** Extensions and validation rules that bound query depth, size or cost. */
const LIMITER =
  /QueryDepthLimiter|MaxTokensLimiter|MaxAliasesLimiter|depth_limit|cost_validator|cost|depth|complexity/i;

export default defineRule({
  meta: {
    id: 'graphql-depth-limit-missing',
    title: 'GraphQL server without query depth or cost limits',
    category: 'api-security',
    cwe: ['CWE-400', 'CWE-770'],
    owasp: { '2021': ['A04:2021', 'A05:2021'], '2025': ['A06:2025', 'A02:2025'] },
    severity: 'medium',
    riskScore: 5,
    confidence: 'low',
    threat: 'availability',
    timeline: '30-days',
    technology: ['strawberry', 'ariadne'],
    aliases: {},
    messages: {
      strawberry:
        '`{{fn}}` has no QueryDepthLimiter (or similar) extension; deeply nested queries can exhaust the server.',
      ariadne:
        '`{{fn}}` has no depth or cost validation rule; deeply nested or expensive queries can exhaust the server.',
    },
    docs: {
      whatItDoes:
        'Flags `strawberry.Schema(...)` without a depth/token limiting extension and ariadne `GraphQL(...)` apps without depth or cost `validation_rules`.',
      whyBad:
        'GraphQL lets clients nest relations arbitrarily (`user { friends { friends { friends … } } }`). Without a limit, one small request fans out into millions of resolver calls and database queries.',
      businessImpact:
        'Denial of service and cost spikes from a handful of requests; no authentication needed for public schemas.',
      attackScenario:
        'The attacker sends a 20-level nested friends query with aliases; each request ties up a worker for minutes and the API goes down.',
      example: 'schema = strawberry.Schema(query=Query)',
      useInstead:
        'from strawberry.extensions import QueryDepthLimiter\nschema = strawberry.Schema(query=Query, extensions=[QueryDepthLimiter(max_depth=10)])',
      testing:
        'Send a query nested deeper than the limit and assert a validation error is returned without executing resolvers.',
      knownProblems:
        'Low confidence: limits enforced by a gateway, a custom execution context or a web server timeout are invisible. graphene schemas are not checked (their limits are passed at execution).',
      references: [
        'https://strawberry.rocks/docs/extensions/query-depth-limiter',
        'https://ariadnegraphql.org/docs/query-validators',
        'https://cheatsheetseries.owasp.org/cheatsheets/GraphQL_Cheat_Sheet.html#query-limiting-depth-amount',
        'https://cwe.mitre.org/data/definitions/770.html',
      ],
    },
  },
  hints: ['ariadne', 'federation', 'strawberry'],
  create(ctx) {
    const limited = (node: Node | undefined) => node !== undefined && LIMITER.test(node.text);
    const strawberry = (call: CallInfo) => {
      if (call.hasSplat || limited(call.kwarg('extensions'))) return;
      ctx.report({ node: call.node, messageId: 'strawberry', data: { fn: call.callee.text } });
    };
    const ariadne = (call: CallInfo) => {
      if (call.hasSplat || limited(call.kwarg('validation_rules'))) return;
      ctx.report({ node: call.node, messageId: 'ariadne', data: { fn: call.callee.text } });
    };
    return {
      calls: {
        ...Object.fromEntries(STRAWBERRY.map((name) => [name, strawberry])),
        ...Object.fromEntries(ARIADNE.map((name) => [name, ariadne])),
      },
    };
  },
});
