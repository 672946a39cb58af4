// The shape of a declarative framework model: where untrusted data enters, which calls are dangerous with it
// (each with its CWE), and which calls make it safe (and for which sinks only).
import type { SinkKind, SourceKind } from '../kinds.js';

export interface SourceModel {
  /** Qualified reads that are sources (`flask.request.args`); longer chains (`.get('x')`) stay tainted. */
  reads?: string[];
  /** Qualified calls whose result is untrusted (`input`, `os.getenv`). */
  calls?: string[];
  /** Attributes of a request object passed to a view (`request.GET`), when the file imports the framework. */
  requestAttrs?: string[];
  /** Methods of that request object that return its data (`await request.json()`). */
  requestMethods?: string[];
  /** Methods of `self` that return request data (Tornado's `self.get_argument`). */
  selfMethods?: string[];
  /** Decorator method names that make a function a route: its parameters are request data. */
  routeDecorators?: string[];
  /** Parameters after `request` in a view function are URL captures (Django URL kwargs). */
  viewKwargs?: boolean;
  /** Method-call suffixes whose result is untrusted (`.chat.completions.create`). */
  callSuffixes?: string[];
}

export interface SinkModel {
  /** Qualified callee (`os.system`), or `.name` for a method of that name on any receiver. */
  call: string;
  kind: SinkKind;
  /** Overrides the kind's CWE (`exec` is CWE-94 where `eval` is CWE-95). */
  cwe?: string;
  args?: number[];
  kws?: string[];
  recv?: boolean;
  /** subprocess-style: with a truthy `shell=` the whole command matters, otherwise only the program. */
  shellAware?: boolean;
  /** pymongo-style query argument. */
  query?: boolean;
  /** ssrf/redirect: a constant scheme+host prefix pins the destination. */
  fixedPrefix?: boolean;
  /** Not a sink when this keyword is present with a value whose text matches (`Loader=SafeLoader`). */
  unlessKw?: { name: string; matches: string; position?: number };
  /** Further such exceptions (`content_type=` or `mimetype=` naming a non-HTML type). */
  unlessKws?: { name: string; matches: string; position?: number }[];
  /** Not a sink when every one of these keywords is passed a truthy constant (`secure=True, httponly=True`). */
  unlessAllKw?: string[];
  /** A method sink only counts on a receiver whose name matches (`client.get`, not `params.get`). */
  receiver?: string;
  /** A method sink does not count on an instance of a class whose qualified name matches (a sandboxed Jinja2 environment). */
  unlessReceiverClass?: string;
  /** A method sink does not count in files importing one of these (`.find` is pymongo's there, not XPath). */
  excludes?: string[];
  /** A method sink only counts in files importing one of these modules (`.find` → pymongo). */
  requires?: string[];
}

export interface SanitizerModel {
  /** Qualified callee, or `.name` for a method of any receiver. */
  call: string;
  clears: SinkKind[] | 'all';
  /** The result is a normalised path that a later `startswith` check can confine. */
  normalises?: boolean;
}

export interface FrameworkModel {
  id: string;
  /** Importing one of these modules turns the request-object sources on for the file. */
  modules: string[];
  sourceKind: SourceKind;
  sources: SourceModel;
  sinks: SinkModel[];
  sanitizers: SanitizerModel[];
  /** Calls whose result never carries the input's danger (escaping templates, JSON responses). */
  clean?: string[];
}
