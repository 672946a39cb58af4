// Finds the functions of a file, their parameters, and which parameters carry untrusted data on entry
// (route parameters, Django URL kwargs, a Lambda handler's `event`, Tornado path arguments).
import type { Node } from 'web-tree-sitter';
import type { FunctionIR } from '../ir.js';
import { LAMBDA_CONTEXT, LAMBDA_HANDLER } from '../models/lambda.js';
import type { ExtractContext } from './context.js';
import { wsgiEnvironIndex } from './wsgi-entry.js';

export interface Param {
  name: string;
  type?: string;
  defaultText?: string;
}

/** Types FastAPI validates into values that cannot carry an injection. */
const VALIDATED_TYPE = /^(int|float|bool|UUID|uuid\.UUID|datetime|date|time|Decimal|conint|confloat|PositiveInt)\b/;
const TORNADO_VERBS = new Set(['get', 'post', 'put', 'delete', 'patch', 'head']);

export function paramsOf(fn: Node): Param[] {
  const out: Param[] = [];
  const list = fn.childForFieldName('parameters');
  for (const p of list?.namedChildren ?? []) {
    if (!p) continue;
    switch (p.type) {
      case 'identifier': out.push({ name: p.text }); break;
      case 'typed_parameter': {
        const name = p.namedChildren.find((c) => c?.type === 'identifier' || c?.type === 'list_splat_pattern' || c?.type === 'dictionary_splat_pattern');
        out.push({ name: (name?.type === 'identifier' ? name.text : name?.namedChildren[0]?.text) ?? '_', type: p.childForFieldName('type')?.text ?? '' });
        break;
      }
      case 'default_parameter': case 'typed_default_parameter':
        out.push({
          name: p.childForFieldName('name')?.text ?? '_', type: p.childForFieldName('type')?.text ?? '',
          defaultText: p.childForFieldName('value')?.text ?? '',
        });
        break;
      case 'list_splat_pattern': case 'dictionary_splat_pattern': out.push({ name: p.namedChildren[0]?.text ?? '_' }); break;
      default: break;
    }
  }
  return out;
}

/** Decorators as (callee text, method name) pairs. */
function decorators(fn: Node): { text: string; method: string }[] {
  const parent = fn.parent;
  if (parent?.type !== 'decorated_definition') return [];
  return parent.namedChildren.filter((c) => c?.type === 'decorator').map((d) => {
    let e: Node | null | undefined = d!.namedChildren[0];
    if (e?.type === 'call') e = e.childForFieldName('function');
    const method = e?.type === 'attribute' ? e.childForFieldName('attribute')?.text ?? '' : e?.text ?? '';
    return { text: e?.text ?? '', method };
  });
}

export interface EntryInfo {
  srcParams: NonNullable<FunctionIR['srcParams']>;
  /** Flask-style handler: a returned string is the response body. */
  returnsResponse: boolean;
  /** Parameters that hold the request object (`request: Request`). */
  requestParams: string[];
}

export function entryInfo(fn: Node, name: string, params: Param[], cls: string | undefined, ctx: ExtractContext): EntryInfo {
  const info: EntryInfo = { srcParams: [], returnsResponse: false, requestParams: [] };
  const taint = (i: number, label: string) => info.srcParams.push({ i, kind: 'remote', label });
  info.requestParams = params.filter((p) => p.type && /Request\b/.test(p.type)).map((p) => p.name);
  const route = decorators(fn).find((d) => ctx.routeDecorators.has(d.method) && d.text.includes('.'));
  if (route) {
    const fastapi = ctx.models.some((m) => m.id === 'fastapi');
    info.returnsResponse = ctx.flaskRoutes && !fastapi;
    params.forEach((p, i) => {
      if (p.name === 'self' || p.name === 'cls' || info.requestParams.includes(p.name)) return;
      if (p.type && VALIDATED_TYPE.test(p.type)) return;
      if (p.defaultText && /Depends\(|Security\(/.test(p.defaultText)) return;
      taint(i, `route parameter ${p.name}`);
    });
    return info;
  }
  const first = params[0]?.name === 'self' ? 1 : 0;
  const environ = wsgiEnvironIndex(params);
  if (environ >= 0) {
    taint(environ, `WSGI environ ${params[environ]!.name}`);
  } else if (ctx.viewKwargs && params[first]?.name === 'request') {
    for (let i = first + 1; i < params.length; i++) taint(i, `URL parameter ${params[i]!.name}`);
  } else if (LAMBDA_HANDLER.test(name) && params.length >= 2 && LAMBDA_CONTEXT.test(params[1]!.name)) {
    taint(0, `Lambda event ${params[0]!.name}`);
  } else if (cls && ctx.imports_('tornado') && TORNADO_VERBS.has(name) && first === 1) {
    for (let i = 1; i < params.length; i++) taint(i, `path argument ${params[i]!.name}`);
  }
  return info;
}

/** Enclosing class name of a function, if it is a method. */
export function classOf(fn: Node): string | undefined {
  let cur = fn.parent;
  if (cur?.type === 'decorated_definition') cur = cur.parent;
  if (cur?.type === 'block') cur = cur.parent;
  return cur?.type === 'class_definition' ? cur.childForFieldName('name')?.text : undefined;
}
