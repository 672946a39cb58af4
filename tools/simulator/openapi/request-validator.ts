// Checks one REST request against GitHub's description: the operation must exist, and its path/query parameters and
// JSON body must satisfy the operation's schemas (ajv). Anything else is a violation the test suite reports.
import { Ajv, type ValidateFunction } from 'ajv';
import formatsModule from 'ajv-formats';
import { loadSpecIndex, type SpecIndex, type SpecOperation, type SpecParameter } from './spec-index.js';

// ajv-formats is CommonJS with a `default` export; under NodeNext the default import is the module object.
const addFormats = (formatsModule as unknown as { default: typeof formatsModule.default }).default;
type AjvInstance = Ajv;
type Validate = ValidateFunction;

const COMPONENTS_ID = 'https://sentinelpy.invalid/github-openapi';

export interface RequestToValidate {
  method: string;
  /** Path below the API root, still percent-encoded (e.g. `/repos/o/r/contents/a%2Fb.py`). */
  path: string;
  query: URLSearchParams;
  /** Parsed JSON body, or undefined when the request had none. */
  body: unknown;
}

export interface MatchedRequest {
  operation: SpecOperation;
  pathParams: Record<string, string>;
  query: Record<string, string>;
}

export type ValidationResult =
  { ok: true; match: MatchedRequest } | { ok: false; match?: MatchedRequest; problems: string[] };

/** Validates requests against the description; compiled validators are cached per operation. */
export class RequestValidator {
  private readonly index: SpecIndex;
  private readonly bodyAjv: AjvInstance;
  private readonly paramAjv: AjvInstance;
  private readonly bodyValidators = new Map<string, Validate>();
  private readonly paramValidators = new Map<string, Validate>();

  constructor(index: SpecIndex = loadSpecIndex()) {
    this.index = index;
    this.bodyAjv = new Ajv({ strict: false, allErrors: true, logger: false });
    addFormats(this.bodyAjv);
    this.bodyAjv.addSchema({ $id: COMPONENTS_ID, components: { schemas: index.componentSchemas } });
    // Path and query values arrive as strings: coerce them to the declared type, as GitHub does.
    this.paramAjv = new Ajv({ strict: false, allErrors: true, logger: false, coerceTypes: true });
    addFormats(this.paramAjv);
  }

  /** Finds the operation for a method + path, most specific template first. */
  match(method: string, path: string): MatchedRequest | undefined {
    const upper = method.toUpperCase();
    for (const operation of this.index.operations) {
      if (operation.method !== upper) continue;
      const found = operation.pattern.exec(path);
      if (!found) continue;
      const pathParams = Object.fromEntries(
        operation.pathParamNames.map((name, i) => [name, safeDecode(found[i + 1]!)]),
      );
      return { operation, pathParams, query: {} };
    }
    return undefined;
  }

  validate(request: RequestToValidate): ValidationResult {
    const match = this.match(request.method, request.path);
    if (!match)
      return { ok: false, problems: [`${request.method} ${request.path} is not an operation of the GitHub REST API`] };
    match.query = Object.fromEntries(request.query.entries());
    const problems = [
      ...this.checkParams(match, 'path', match.pathParams),
      ...this.checkParams(match, 'query', match.query),
      ...this.checkBody(match.operation, request.body),
    ];
    return problems.length ? { ok: false, match, problems } : { ok: true, match };
  }

  private checkParams(match: MatchedRequest, where: 'path' | 'query', values: Record<string, string>): string[] {
    const declared = match.operation.parameters.filter((p) => p.in === where);
    const known = new Set(declared.map((p) => p.name));
    const unknown = Object.keys(values)
      .filter((name) => !known.has(name))
      .map((name) => `${where} parameter "${name}" is not declared by ${match.operation.operationId}`);
    const validate = this.paramValidator(match.operation, where, declared);
    const copy: Record<string, unknown> = { ...values };
    if (validate(copy)) return unknown;
    return [...unknown, ...formatErrors(`${where} parameters`, validate.errors)];
  }

  private paramValidator(operation: SpecOperation, where: string, declared: SpecParameter[]): Validate {
    const key = `${operation.operationId} ${where}`;
    let validate = this.paramValidators.get(key);
    if (!validate) {
      validate = this.paramAjv.compile({
        type: 'object',
        properties: Object.fromEntries(declared.map((p) => [p.name, p.schema ?? {}])),
        required: declared.filter((p) => p.required).map((p) => p.name),
      });
      this.paramValidators.set(key, validate);
    }
    return validate;
  }

  private checkBody(operation: SpecOperation, body: unknown): string[] {
    if (body === undefined) {
      return operation.bodyRequired ? [`${operation.operationId} requires a JSON body`] : [];
    }
    if (!operation.bodySchema) return [`${operation.operationId} takes no JSON body`];
    let validate = this.bodyValidators.get(operation.operationId);
    if (!validate) {
      validate = this.bodyAjv.compile(pointRefsAtComponents(operation.bodySchema) as object);
      this.bodyValidators.set(operation.operationId, validate);
    }
    return validate(body) ? [] : formatErrors('body', validate.errors);
  }
}

function formatErrors(where: string, errors: Validate['errors']): string[] {
  return (errors ?? []).map(
    (e) =>
      `${where}${e.instancePath || ''} ${e.message ?? 'is invalid'}${
        e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : ''
      }`,
  );
}

/** Rewrites `#/components/...` references so they resolve inside the shared components schema. */
function pointRefsAtComponents(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(pointRefsAtComponents);
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === '$ref' && typeof value === 'string' && value.startsWith('#')
        ? COMPONENTS_ID + value
        : pointRefsAtComponents(value),
    ]),
  );
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
