// route-missing-auth: a Flask/FastAPI route without the auth decorator or dependency its sibling routes all use.
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule } from '../../src/analysis/rule.js';

const ROUTE_METHODS = /^(route|get|post|put|patch|delete|api_route|websocket)$/;
/** Decorator or dependency names that mean "this route checks who is calling". */
const AUTH_MARKER =
  /login_required|auth|jwt|token|permission|current_user|current_active_user|requires?_|admin|roles?_|protected|verify|secured?|guard|oauth|api_?key|authenticated|logged_in/i;
const NOT_AUTH = /require_(GET|POST|http_methods|safe)/;
/** Routes that are public by nature (they are where users authenticate). */
const PUBLIC_ROUTE =
  /login|logout|signin|sign_in|signup|sign_up|register|health|ping|status|index|home|root|static|docs|openapi|callback|webhook|token|password|reset|verify|public|metrics|version/i;

interface Route {
  reportOn: Node;
  name: string;
  router: string;
  protected: boolean;
  /** The decorator or dependency that protects the route, as written (`login_required`). */
  marker?: string;
}

export default defineRule({
  meta: {
    id: 'route-missing-auth',
    title: 'Route without the authentication its siblings use',
    category: 'access-control',
    cwe: ['CWE-862', 'CWE-306'],
    owasp: { '2021': ['A01:2021', 'A07:2021'], '2025': ['A01:2025', 'A07:2025'] },
    severity: 'medium',
    riskScore: 6,
    confidence: 'low',
    threat: 'confidentiality',
    timeline: '7-days',
    technology: ['flask', 'fastapi', 'quart'],
    aliases: {},
    messages: {
      missing:
        '`{{name}}` lacks the authentication (`{{marker}}`) that {{protectedCount}} other routes on `{{router}}` use.',
    },
    docs: {
      whatItDoes:
        'Groups the routes of one file by router (`@app.route`, `@bp.get`, `@router.post`…). When most routes of a group carry an auth decorator (`@login_required`, `@jwt_required()`) or FastAPI dependency (`Depends(get_current_user)`), the routes without one are reported.',
      whyBad:
        'Per-route authentication is easy to forget on the one endpoint added last; the inconsistency is the signal that it was forgotten.',
      businessImpact: 'Unauthenticated access to data or actions meant for logged-in users or administrators.',
      attackScenario:
        'Every `/admin/...` route has `@admin_required` except the recently added `/admin/export`; the attacker enumerates paths and downloads the export anonymously.',
      example:
        '@app.get("/users/{uid}")\ndef read_user(uid: int, user=Depends(get_current_user)): ...\n\n@app.delete("/users/{uid}")\ndef delete_user(uid: int): ...',
      useInstead:
        '@app.delete("/users/{uid}")\ndef delete_user(uid: int, user=Depends(get_current_admin)): ...\n# or protect the whole router: APIRouter(dependencies=[Depends(get_current_user)])',
      testing:
        'Call every route without credentials (a parametrised test over `app.url_map` / `app.routes`) and assert 401/403 except for an explicit allow-list.',
      knownProblems:
        'A heuristic (low confidence): auth applied by `before_request`, middleware or router-level dependencies is invisible, and routes named like login, health or webhook are assumed public.',
      references: [
        'https://fastapi.tiangolo.com/tutorial/security/get-current-user/',
        'https://flask-login.readthedocs.io/en/latest/#flask_login.login_required',
        'https://cwe.mitre.org/data/definitions/862.html',
      ],
    },
  },
  hints: ['.route(', '.get(', '.post(', '.put(', '.patch(', '.delete(', '.api_route('],
  requires: [['@'], ['.route(', '.get(', '.post(', '.put(', '.patch(', '.delete(', '.api_route(']],
  create(ctx) {
    if (!/@\w+\.(route|get|post|put|patch|delete|api_route)\(/.test(ctx.source)) return {};
    const routes: Route[] = [];
    return {
      nodes: {
        decorated_definition: (node) => {
          const r = routeOf(node);
          if (r) routes.push(r);
        },
      },
      end() {
        const byRouter = new Map<string, Route[]>();
        for (const r of routes) byRouter.set(r.router, [...(byRouter.get(r.router) ?? []), r]);
        for (const [router, group] of byRouter) {
          const protectedRoutes = group.filter((r) => r.protected);
          const open = group.filter((r) => !r.protected && !PUBLIC_ROUTE.test(r.name));
          if (protectedRoutes.length < 2 || protectedRoutes.length <= open.length) continue;
          for (const r of open) {
            const marker = protectedRoutes[0]?.marker ?? 'auth';
            ctx.report({
              node: r.reportOn,
              messageId: 'missing',
              data: { name: r.name, router, protectedCount: protectedRoutes.length, marker },
            });
          }
        }
      },
    };
  },
});

function routeOf(decorated: Node): Route | undefined {
  const definition = decorated.childForFieldName('definition');
  if (definition?.type !== 'function_definition') return undefined;
  let route: { node: Node; router: string } | undefined;
  let marker: string | undefined;
  for (const decorator of decorated.namedChildren) {
    if (decorator?.type !== 'decorator') continue;
    const expression = decorator.namedChildren[0];
    const callee = expression?.type === 'call' ? expression.childForFieldName('function') : expression;
    const method = callee?.type === 'attribute' ? (callee.childForFieldName('attribute')?.text ?? '') : '';
    const object = callee?.childForFieldName('object');
    if (object?.type === 'identifier' && ROUTE_METHODS.test(method)) {
      route = { node: decorator, router: object.text };
      const dependencies =
        expression?.type === 'call' ? /dependencies\s*=\s*\[([^\]]*)\]/.exec(expression.text)?.[1] : undefined;
      if (dependencies && isAuth(dependencies)) marker ??= dependencies.trim();
    } else if (callee && isAuth(callee.text)) marker ??= callee.text;
  }
  if (!route) return undefined;
  const params = definition.childForFieldName('parameters')?.text ?? '';
  const dependency = /\b(?:Depends|Security)\(([^()]*)\)/g;
  for (let m = dependency.exec(params); m && !marker; m = dependency.exec(params))
    if (isAuth(m[1] ?? '')) marker = m[0];
  const name = definition.childForFieldName('name')?.text ?? '?';
  return {
    reportOn: route.node,
    name,
    router: route.router,
    protected: marker !== undefined,
    ...(marker ? { marker } : {}),
  };
}

function isAuth(text: string): boolean {
  return AUTH_MARKER.test(text) && !NOT_AUTH.test(text);
}
