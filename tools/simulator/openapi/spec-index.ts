// Loads GitHub's REST description (@octokit/openapi, api.github.com) once and indexes its operations by method + path.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** One parameter of an operation, with its `$ref` already resolved. */
export interface SpecParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Record<string, unknown>;
}

/** One REST operation of the description, ready for matching. */
export interface SpecOperation {
  operationId: string;
  method: string;
  template: string;
  parameters: SpecParameter[];
  /** JSON body schema, when the operation takes one. */
  bodySchema?: Record<string, unknown>;
  bodyRequired: boolean;
  /** Literal characters in the template: more literal text = more specific match. */
  specificity: number;
  pattern: RegExp;
  pathParamNames: string[];
}

export interface SpecIndex {
  operations: SpecOperation[];
  /** `components.schemas` of the description, for `$ref` resolution in body schemas. */
  componentSchemas: Record<string, unknown>;
}

type Json = Record<string, any>;
const METHODS = ['get', 'put', 'post', 'patch', 'delete', 'head'];
// Path parameters that may hold slashes when a client does not percent-encode them (contents paths, git refs).
const GREEDY_PARAMS = new Set(['path', 'ref', 'basehead']);

let cached: SpecIndex | undefined;

/** The parsed and indexed description; loaded from disk on first use (about 0.2 s). */
export function loadSpecIndex(): SpecIndex {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
  const doc = JSON.parse(readFileSync(file, 'utf8')) as Json;
  const operations: SpecOperation[] = [];
  for (const [template, item] of Object.entries(doc.paths as Json)) {
    for (const method of METHODS) {
      const op = (item as Json)[method];
      if (op) operations.push(toOperation(doc, template, method, op, (item as Json).parameters ?? []));
    }
  }
  operations.sort((a, b) => b.specificity - a.specificity);
  cached = { operations, componentSchemas: doc.components.schemas };
  return cached;
}

function toOperation(doc: Json, template: string, method: string, op: Json, shared: Json[]): SpecOperation {
  const parameters = [...shared, ...(op.parameters ?? [])].map((p) => resolveRef(doc, p) as SpecParameter);
  const body = op.requestBody ? resolveRef(doc, op.requestBody) : undefined;
  const pathParamNames: string[] = [];
  const segments = template.split('/').map((segment, i, all) => {
    const whole = /^\{([^}]+)\}$/.exec(segment);
    if (whole && i === all.length - 1 && GREEDY_PARAMS.has(whole[1]!)) {
      pathParamNames.push(whole[1]!);
      return '(.+)';
    }
    // A segment may hold several parameters, e.g. `{base}...{head}`.
    return segment
      .split(/(\{[^}]+\})/)
      .map((part) => {
        const param = /^\{([^}]+)\}$/.exec(part);
        if (!param) return escapeRegex(part);
        pathParamNames.push(param[1]!);
        return '([^/]+?)';
      })
      .join('');
  });
  return {
    operationId: op.operationId,
    method: method.toUpperCase(),
    template,
    parameters,
    bodySchema: body?.content?.['application/json']?.schema,
    bodyRequired: Boolean(body?.required),
    specificity: template.replace(/\{[^}]+\}/g, '').length,
    pattern: new RegExp(`^${segments.join('/')}$`),
    pathParamNames,
  };
}

/** Follows a local `#/components/...` reference. */
function resolveRef(doc: Json, node: Json): Json {
  if (typeof node.$ref !== 'string') return node;
  const parts = node.$ref.replace(/^#\//, '').split('/');
  return parts.reduce<Json>((at, key) => at[key.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
