// Django URL configuration (`urlpatterns = [path("<int:pk>/", views.detail), …]`): which view each route names
// and what its converters make of each URL parameter. The solver applies it to the view in its own file.
import type { Node } from '../../syntax-node.js';
import type { RouteIR } from '../ir.js';
import type { ExtractContext } from './context.js';
import { templateShapes, type ParamShape } from './route-params.js';

const ROUTE_CALLS = /^(django\.urls\.(path|re_path)|django\.conf\.urls\.url|path|re_path|url)$/;
/** `(?P<pk>\d+)` / `(?P<pk>[0-9]+)`: a number; any other named group may hold text. */
const NAMED_GROUP = /\(\?P<(\w+)>((?:[^()]|\([^()]*\))*)\)/g;
const MAX_ROUTES = 2000;

export function urlRoutes(root: Node, ctx: ExtractContext): RouteIR[] {
  if (!ctx.source.includes('urlpatterns')) return [];
  const out: RouteIR[] = [];
  for (const stmt of root.namedChildren) {
    const expr = stmt?.type === 'expression_statement' ? stmt.namedChildren[0] : undefined;
    if (!expr || (expr.type !== 'assignment' && expr.type !== 'augmented_assignment')) continue;
    if (expr.childForFieldName('left')?.text !== 'urlpatterns') continue;
    collect(expr.childForFieldName('right'), ctx, out);
  }
  return out;
}

function collect(node: Node | null | undefined, ctx: ExtractContext, out: RouteIR[]): void {
  if (!node || out.length >= MAX_ROUTES) return;
  if (node.type === 'call') {
    const callee = node.childForFieldName('function');
    const name = callee ? (ctx.qualified(callee) ?? callee.text) : '';
    if (ROUTE_CALLS.test(name)) {
      const route = routeOf(node, name, ctx);
      if (route) out.push(route);
      return;
    }
  }
  for (const c of node.namedChildren) if (c) collect(c, ctx, out);
}

function routeOf(call: Node, name: string, ctx: ExtractContext): RouteIR | undefined {
  const args =
    call.childForFieldName('arguments')?.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment') ?? [];
  const [template, view] = args;
  if (template?.type !== 'string' || !view || (view.type !== 'identifier' && view.type !== 'attribute'))
    return undefined;
  const text = template.text.replace(/^[rbuf]*['"]+|['"]+$/gi, '');
  const shapes: Record<string, ParamShape> = {};
  if (/re_path|url$/.test(name)) {
    for (const m of text.matchAll(NAMED_GROUP))
      shapes[m[1]!] = /^(\\d|\[0-9\])[+*]?(\{\d+(,\d*)?\})?$/.test(m[2]!) ? 'coerced' : 'text';
  } else for (const [param, shape] of templateShapes(text)) shapes[param] = shape;
  return { view: ctx.qualified(view) ?? view.text, shapes };
}
