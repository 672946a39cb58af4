// The compact, serializable intermediate form the taint pass extracts from each file's tree (it crosses worker
// threads in FileResult.passData, so it is plain JSON: no tree nodes, no classes).
import type { SuppressionComment } from '../suppressions.js';
import type { KindMask, SinkKind, SourceKind } from './kinds.js';

/**
 * A source position: 1-based line and column; end line inclusive, end column exclusive. The keys are short because
 * every call of every file carries one across the worker boundary (the IR of a large review is megabytes of JSON).
 */
export interface Site {
  /** Line (1-based). */
  l: number;
  /** Column (1-based). */
  c: number;
  /** End line (inclusive). */
  el: number;
  /** End column (exclusive). */
  ec: number;
}

/** Which arguments of a call are dangerous for one sink kind. */
export interface SinkUse {
  kind: SinkKind;
  cwe: string;
  /** Positional argument indexes. */
  args?: number[];
  /** Keyword argument names. */
  kws?: string[];
  /** The receiver (`path.read_text()`: the path object). */
  recv?: boolean;
  /** When set, the expression to check instead of the arguments (the program of an argv list, `$where`). */
  e?: Expr;
}

/**
 * An expression's value as the solver sees it; `k` (kind) tells the variant:
 * - `const`: carries no input (literals, numbers, booleans);
 * - `name`: the variable `id`;
 * - `attr`: attribute read on the object `o`; `key` the whole chain as a variable key (`self.db.conn`,
 *   extract/keys.ts) when it is a plain chain;
 * - `item`: subscript read on `o` (`d["k"]`, `xs[0]`); `key` the variable key when the index is constant;
 * - `union`: any of `xs` (string building, collections, boolean operators);
 * - `src`: untrusted input of `kind` read here (`request.args`), `label` for messages, at line `l`, column `c`;
 * - `walrus`: `t := v`;
 * - `comp`: a comprehension, `e` for each generator binding `t` over `it`;
 * - `if`: the conditional expression `a if c else b`; `test` the condition's static value when known, `yes`/`no`
 *   the guards the condition proves on each side;
 * - `call`: see CallExpr.
 * Field names inside the variants stay short (`o` object, `xs` elements, `t` target, `v` value): they are repeated
 * for every node of every file in the IR that crosses the worker boundary.
 */
export type Expr =
  | { k: 'const' }
  | { k: 'name'; id: string }
  | { k: 'attr'; o: Expr; key?: string }
  | { k: 'item'; o: Expr; key?: string; i?: Expr }
  | { k: 'union'; xs: Expr[] }
  | { k: 'src'; kind: SourceKind; label: string; l: number; c: number }
  | { k: 'walrus'; t: Target; v: Expr }
  | { k: 'comp'; gens: { t: Target; it: Expr }[]; e: Expr }
  | { k: 'if'; test: boolean | undefined; c: Expr; a: Expr; b: Expr; yes?: Guard[]; no?: Guard[] }
  | CallExpr;

export interface CallExpr extends Site {
  k: 'call';
  /** Qualified callee name (through imports), when the callee is a dotted name. */
  f?: string;
  /** The callee as written, for messages. */
  txt: string;
  r?: Expr;
  a: Expr[];
  kw: [string, Expr][];
  /** The call's value is clean whatever its inputs (`len`, `x.isdigit()`, `render_template`). */
  clean?: boolean;
  /** The result is made safe for these sinks (sanitizer). */
  san?: KindMask;
  /** The result is a normalised path (`realpath`), which a `startswith` check can then confine. */
  norm?: boolean;
  /** The call is itself a source. */
  src?: { kind: SourceKind; label: string };
  /** Sink uses at this call. */
  sink?: SinkUse[];
  /** Line text (for fingerprints and snippets), only on sinks. */
  text?: string;
  /** A method call on an instance of a project class (`repo = Repo(); repo.find(x)`): `f` is `Repo.find`. */
  method?: boolean;
  /** Positional arguments whose taint does not flow into the result (a regex pattern). */
  drop?: number[];
  /** Weakly updates its receiver with its arguments (`list.append`, `dict.update`). */
  mut?: string;
}

/**
 * What an assignment writes: a variable `name`; a `key` (an attribute chain or constant subscript, `weak` when it
 * updates part of a container and keeps its other contents); a `tuple` unpacked into `xs`; or `discard` when the
 * target is not tracked (`a[i] = v` with a computed index, `_`).
 */
export type Target =
  | { k: 'name'; id: string }
  | { k: 'key'; id: string; weak?: boolean }
  | { k: 'tuple'; xs: Target[] }
  | { k: 'discard' };

/** A fact a branch condition establishes about a variable: on the branch where it holds, `v` is safe for `clears`. */
export interface Guard {
  v: string;
  clears: KindMask;
  /** Only confines values that were normalised first (`realpath(p).startswith(BASE)`). */
  normOnly?: boolean;
  /**
   * A call to a function of the project (`is_safe(url)`): what it proves about argument `arg` is read from that
   * function's summary when the solver evaluates the branch (`clears` is then 0).
   */
  via?: { f: string; method?: boolean; arg: number };
}

/**
 * A statement: `assign` (`t = v` at line `l`), `expr` (an expression evaluated for its calls), `if` (condition `c`,
 * the guards `yes`/`no` it proves on each branch, `dead` the branch a constant condition never takes), `loop`
 * (`for t in it` / `while`), `jump`, `try`, `return`, `stop` (`raise`, `abort()`, `sys.exit()`: the path ends), and
 * `sink` (an assignment that is itself a sink: a value written into `request.session[...]` or another
 * modelled attribute).
 */
export type Stmt =
  | { k: 'assign'; t: Target; v: Expr; l: number }
  | { k: 'expr'; v: Expr }
  | { k: 'if'; c: Expr; yes: Guard[]; no: Guard[]; dead?: 'then' | 'else'; then: Stmt[]; else: Stmt[] }
  | { k: 'loop'; t?: Target; it?: Expr; body: Stmt[]; else: Stmt[]; l: number; forever?: boolean }
  /** `break` / `continue`: leaves the rest of the body, but the state goes on (after the loop, or round again). */
  | { k: 'jump' }
  | { k: 'try'; body: Stmt[]; handlers: Stmt[][]; else: Stmt[]; fin: Stmt[] }
  /** `yes`: what the returned value being truthy proves; `lit`: a literal `True`/`False` is returned. */
  | { k: 'return'; v?: Expr; l: number; xss?: SinkSite; yes?: Guard[]; lit?: boolean }
  | { k: 'stop' }
  | { k: 'sink'; use: SinkUse; v: Expr; site: SinkSite };

/** Where a sink is, for the finding. */
export interface SinkSite extends Site {
  txt: string;
  text: string;
}

export interface FunctionIR {
  /** `f`, `Class.method`, or `<module>` for top-level code. */
  name: string;
  cls?: string;
  params: string[];
  /** Parameters that carry untrusted data on entry (route parameters, a Lambda `event`). */
  /** `segment`: one path segment of a route (no `/` possible), see extract/route-params.ts. */
  srcParams?: { i: number; kind: SourceKind; label: string; segment?: boolean }[];
  body: Stmt[];
  l: number;
}

/** A Django URL route: the view as written (`views.detail`, resolved like a call) and each parameter's shape. */
export interface RouteIR {
  view: string;
  shapes: Record<string, 'coerced' | 'segment' | 'text'>;
}

export interface FileIR {
  /** Format version: 2 since the variant tags became words (`const`, `name`, …). */
  v: 2;
  path: string;
  /** Dotted module name derived from the path (`pkg/db.py` → `pkg.db`). */
  module: string;
  isPackage: boolean;
  functions: FunctionIR[];
  /** Modules the file imports (qualified, relative ones as written: `.db`), for fetching in-repository imports. */
  imports: string[];
  /** Suppression comments, so taint findings obey `# nosec` / `# sentinel: ignore[...]` like any other. */
  suppressions: SuppressionComment[];
  /** Where extraction stopped at a nesting limit: the file's data flow is partial (it is reported incomplete). */
  truncated?: { line: number; reason: string };
  /** Routes of a Django URL configuration (`urls.py`). */
  routes?: RouteIR[];
}
