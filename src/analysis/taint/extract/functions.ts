// Finds the functions of a file, their parameters, and which parameters carry untrusted data on entry
// (route parameters, Django URL kwargs, a Lambda handler's `event`, Tornado path arguments).
import type { Node } from '../../syntax-node.js';
import type { FunctionIR } from '../ir.js';
import { LAMBDA_CONTEXT, LAMBDA_HANDLER } from '../models/lambda.js';
import type { ExtractContext } from './context.js';
import { wsgiEnvironIndex } from './wsgi-entry.js';
import { asgiParams, inFrameworkPackage } from './asgi-entry.js';
import { isCoercedType, templateShapes } from './route-params.js';

export interface Param {
  name: string;
  type?: string;
  defaultText?: string;
}

const TORNADO_VERBS = new Set(['get', 'post', 'put', 'delete', 'patch', 'head']);

export function paramsOf(fn: Node): Param[] {
  const out: Param[] = [];
  const list = fn.childForFieldName('parameters');
  for (const p of list?.namedChildren ?? []) {
    if (!p) continue;
    switch (p.type) {
      case 'identifier':
        out.push({ name: p.text });
        break;
      case 'typed_parameter': {
        const name = p.namedChildren.find(
          (c) => c?.type === 'identifier' || c?.type === 'list_splat_pattern' || c?.type === 'dictionary_splat_pattern',
        );
        out.push({
          name: (name?.type === 'identifier' ? name.text : name?.namedChildren[0]?.text) ?? '_',
          type: p.childForFieldName('type')?.text ?? '',
        });
        break;
      }
      case 'default_parameter':
      case 'typed_default_parameter':
        out.push({
          name: p.childForFieldName('name')?.text ?? '_',
          type: p.childForFieldName('type')?.text ?? '',
          defaultText: p.childForFieldName('value')?.text ?? '',
        });
        break;
      case 'list_splat_pattern':
      case 'dictionary_splat_pattern':
        out.push({ name: p.namedChildren[0]?.text ?? '_' });
        break;
      default:
        break;
    }
  }
  return out;
}

/** Decorators as (callee text, method name, route template when the first argument is a string). */
function decorators(fn: Node): { text: string; method: string; template?: string }[] {
  const parent = fn.parent;
  if (parent?.type !== 'decorated_definition') return [];
  return parent.namedChildren
    .filter((c) => c?.type === 'decorator')
    .map((d) => {
      let e: Node | null | undefined = d!.namedChildren[0];
      const first = e?.type === 'call' ? e.childForFieldName('arguments')?.namedChildren[0] : undefined;
      if (e?.type === 'call') e = e.childForFieldName('function');
      const method = e?.type === 'attribute' ? (e.childForFieldName('attribute')?.text ?? '') : (e?.text ?? '');
      const template = first?.type === 'string' ? first.text.replace(/^[rbuf]*['"]+|['"]+$/gi, '') : undefined;
      return { text: e?.text ?? '', method, ...(template !== undefined ? { template } : {}) };
    });
}

/** Decorators that only make sense on a Django/DRF view: evidence that `request` is the framework's. */
const VIEW_DECORATOR =
  /(^|\.)(login_required|permission_required|staff_member_required|user_passes_test|require_(GET|POST|safe|http_methods)|csrf_exempt|csrf_protect|ensure_csrf_cookie|api_view|action|cache_page|never_cache|cache_control|vary_on_\w+|xframe_options_\w+|sensitive_post_parameters|condition|etag|last_modified|gzip_page|require_\w+|\w*_required|method_decorator)$/;
/** Base classes of class-based views (Django, DRF): their handler methods receive the request. */
const VIEW_BASE = /(View|ViewSet|APIView|Mixin|Endpoint|Handler)\b/;
const VIEW_METHODS = new Set([
  'get',
  'post',
  'put',
  'patch',
  'delete',
  'head',
  'options',
  'dispatch',
  'list',
  'create',
  'retrieve',
  'update',
  'partial_update',
  'destroy',
]);
/** Modules that hold views by Django convention (`views.py`, `views/…`, `api.py`, `viewsets.py`). */
const VIEW_MODULE = /(^|\/)(views?|api|apis|viewsets|endpoints)(\/|\.py$)|_views?\.py$/;

/** A function whose first parameter is `request` is a Django view only with evidence (not any helper). */
function isDjangoView(fn: Node, name: string, cls: string | undefined, ctx: ExtractContext): boolean {
  if (decorators(fn).some((d) => VIEW_DECORATOR.test(d.text))) return true;
  // `_check_2fa(request, user)`: a private helper of the views module, called with the view's own values.
  if (name.startsWith('_')) return false;
  const viewModule = !!ctx.path && VIEW_MODULE.test(ctx.path);
  if (cls) return VIEW_METHODS.has(name) && (VIEW_BASE.test(classBases(fn)) || viewModule);
  return viewModule && fn.parent?.type !== 'block';
}

function classBases(fn: Node): string {
  let cur = fn.parent;
  if (cur?.type === 'decorated_definition') cur = cur.parent;
  if (cur?.type === 'block') cur = cur.parent;
  return cur?.type === 'class_definition' ? (cur.childForFieldName('superclasses')?.text ?? '') : '';
}

export interface EntryInfo {
  srcParams: NonNullable<FunctionIR['srcParams']>;
  /** Flask-style handler: a returned string is the response body. */
  returnsResponse: boolean;
  /** Parameters that hold the request object (`request: Request`). */
  requestParams: string[];
  /** Parameters whose call returns the client's data (ASGI `receive`). */
  sourceCalls: string[];
}

export function entryInfo(
  fn: Node,
  name: string,
  params: Param[],
  cls: string | undefined,
  ctx: ExtractContext,
): EntryInfo {
  const info: EntryInfo = { srcParams: [], returnsResponse: false, requestParams: [], sourceCalls: [] };
  const taint = (i: number, label: string, segment = false) =>
    info.srcParams.push({ i, kind: 'remote', label, ...(segment ? { segment } : {}) });
  // `request: Request`, and a websocket (`websocket: WebSocket`), whose messages are the client's.
  info.requestParams = params.filter((p) => p.type && /(Request|WebSocket)\b/.test(p.type)).map((p) => p.name);
  const route = decorators(fn).find((d) => ctx.routeDecorators.has(d.method) && d.text.includes('.'));
  if (route) {
    const fastapi = ctx.models.some((m) => m.id === 'fastapi');
    info.returnsResponse = ctx.flaskRoutes && !fastapi;
    const shapes = templateShapes(route.template ?? '');
    params.forEach((p, i) => {
      if (p.name === 'self' || p.name === 'cls' || info.requestParams.includes(p.name)) return;
      // A typed converter or annotation coerces the value (`<int:id>`, `item_id: UUID4`, an enum): not text.
      if (shapes.get(p.name) === 'coerced' || (p.type && isCoercedType(p.type, ctx.enums))) return;
      if (p.defaultText && /Depends\(|Security\(/.test(p.defaultText)) return;
      taint(i, `route parameter ${p.name}`, shapes.get(p.name) === 'segment');
    });
    return info;
  }
  const first = params[0]?.name === 'self' ? 1 : 0;
  const environ = wsgiEnvironIndex(params);
  const asgi = inFrameworkPackage(ctx.path) ? undefined : asgiParams(params);
  if (environ >= 0) {
    taint(environ, `WSGI environ ${params[environ]!.name}`);
  } else if (asgi) {
    taint(asgi.scope, 'ASGI scope');
    info.sourceCalls.push(params[asgi.receive]!.name);
  } else if (ctx.viewKwargs && params[first]?.name === 'request' && isDjangoView(fn, name, cls, ctx)) {
    for (let i = first + 1; i < params.length; i++) {
      const p = params[i]!;
      if (p.type && isCoercedType(p.type, ctx.enums)) continue;
      taint(i, `URL parameter ${p.name}`);
    }
  } else if (isGraphQLResolver(fn, name, params, ctx)) {
    // Everything after `info` is a field argument the client sent in the query.
    const infoAt = params.findIndex((p) => p.name === 'info');
    for (let i = infoAt + 1; i < params.length; i++) {
      const p = params[i]!;
      if (p.type && isCoercedType(p.type, ctx.enums)) continue;
      taint(i, `GraphQL argument ${p.name}`);
    }
  } else if (LAMBDA_HANDLER.test(name) && params.length >= 2 && LAMBDA_CONTEXT.test(params[1]!.name)) {
    taint(0, `Lambda event ${params[0]!.name}`);
  } else if (cls && ctx.imports_('tornado') && TORNADO_VERBS.has(name) && first === 1) {
    for (let i = 1; i < params.length; i++) taint(i, `path argument ${params[i]!.name}`);
  }
  return info;
}

const GRAPHQL_LIBRARIES = ['graphene', 'strawberry', 'ariadne', 'graphql'];

/**
 * A GraphQL resolver (graphene `resolve_<field>` / `mutate`, Strawberry `@strawberry.field`, Ariadne
 * `@query.field("x")`): its parameters after `info` are the query's arguments, chosen by the client. Needs the
 * library imported and an `info` parameter right after the parent object, so a helper merely named `resolve_x`
 * is not an entry point.
 */
function isGraphQLResolver(fn: Node, name: string, params: Param[], ctx: ExtractContext): boolean {
  if (!GRAPHQL_LIBRARIES.some((lib) => ctx.imports_(lib))) return false;
  const infoAt = params.findIndex((p) => p.name === 'info');
  if (infoAt < 0 || infoAt > 1) return false;
  if (/^resolve_\w+$/.test(name) || name === 'mutate') return true;
  return decorators(fn).some((d) => d.method === 'field' || d.method === 'mutation' || d.method === 'subscription');
}

/** Enclosing class name of a function, if it is a method. */
export function classOf(fn: Node): string | undefined {
  let cur = fn.parent;
  if (cur?.type === 'decorated_definition') cur = cur.parent;
  if (cur?.type === 'block') cur = cur.parent;
  return cur?.type === 'class_definition' ? cur.childForFieldName('name')?.text : undefined;
}
