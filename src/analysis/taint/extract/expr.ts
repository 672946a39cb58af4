// Turns a Python expression node into the taint IR: which variables, sources and calls its value depends on.
import type { Node } from '../../syntax-node.js';
import type { CallExpr, Expr, Target } from '../ir.js';
import type { ExtractContext } from './context.js';
import { modelCall } from './call.js';
import { factsOf } from './guards.js';
import { ConstEnv } from './constants.js';
import { keyOf, stringKey, subscriptKey } from './keys.js';
import { literalValue } from './literal-values.js';
import { maskOf } from '../kinds.js';

const CONST: Expr = { k: 'const' };
const PATH_KIND = maskOf(['path']);
/** Sinks whose danger is where a URL points (scheme, host, path), not its query string. */
const URL_DESTINATION = maskOf(['redirect', 'ssrf']);
const CONST_TYPES = new Set(['integer', 'float', 'true', 'false', 'none', 'ellipsis', 'slice', 'type', 'comment']);
/** Operators whose result is a bool: their operands are evaluated (a walrus, a sink inside) but nothing flows out. */
const BOOLEAN_TYPES = new Set(['comparison_operator', 'not_operator']);
/**
 * Expression levels read before giving up on a subtree. Above CPython's own limit (200 nested brackets, a few
 * reader levels each), so only machine-made or hostile code reaches it — and then the file is marked partly
 * analysed (ctx.truncated), because what lies below may be exactly the tainted argument of a sink.
 */
const MAX_NESTING = 600;
const REQUEST_NAMES = new Set(['request', 'req', 'self.request']);

export class ExprReader {
  /** Names of the request object in the current function (`request`, or a parameter typed `Request`). */
  requestNames: Set<string> = REQUEST_NAMES;
  /** Parameters whose call returns the client's data in the current function (ASGI `receive`). */
  sourceCalls: ReadonlySet<string> = new Set();
  /** Constants assigned so far in the function, to decide branch conditions statically. */
  readonly consts = new ConstEnv();
  /** Lists built in straight-line code (`l = []; l.append(a); l.pop(0)`): `l[1]` then reads one element. */
  readonly lists = new Map<string, { items: Node[]; depth: number }>();
  /** Local variables holding an instance of a class named in this file or imported (`repo = Repo(...)`). */
  readonly instances = new Map<string, string>();
  /** HTTP clients built on an SSRF-blocking transport (`AsyncClient(transport=SafeTransport())`). */
  readonly safeClients = new Set<string>();

  /** Records whether `name = <call>` builds an HTTP client whose transport refuses internal addresses. */
  trackClient(name: string, value: Node | null | undefined): void {
    this.safeClients.delete(name);
    if (value?.type !== 'call') return;
    const transport = value
      .childForFieldName('arguments')
      ?.namedChildren.find((a) => a?.type === 'keyword_argument' && a.childForFieldName('name')?.text === 'transport');
    if (transport && /safe|ssrf|guard/i.test(transport.childForFieldName('value')?.text ?? ''))
      this.safeClients.add(name);
  }

  constructor(readonly ctx: ExtractContext) {}

  /** The callee of a call as the solver resolves it (`f`, or `Repo.find` on a tracked instance), for guards. */
  readonly calleeOf = (node: Node): { f?: string; method?: boolean } => {
    const callee = node.childForFieldName('function');
    if (!callee) return {};
    if (callee.type === 'attribute') {
      const receiver = callee.childForFieldName('object');
      const cls = receiver?.type === 'identifier' ? this.instances.get(receiver.text) : undefined;
      const method = callee.childForFieldName('attribute')?.text;
      if (cls && method) return { f: `${cls}.${method}`, method: true };
    }
    const f = this.ctx.qualified(callee);
    return f ? { f } : {};
  };

  private nesting = 0;

  /** Guards against stack exhaustion on machine-generated code (thousands of chained `+` or nested calls). */
  expr(node: Node | null | undefined): Expr {
    if (!node) return CONST;
    if (this.nesting > MAX_NESTING) {
      this.ctx.truncate(node, `expressions nested deeper than ${MAX_NESTING} levels`);
      return CONST;
    }
    this.nesting++;
    try {
      return this.read(node);
    } finally {
      this.nesting--;
    }
  }

  private read(node: Node): Expr {
    const t = node.type;
    if (CONST_TYPES.has(t)) return CONST;
    if (BOOLEAN_TYPES.has(t)) return this.evaluatedOnly(node.namedChildren);
    switch (t) {
      case 'identifier':
        return { k: 'name', id: node.text };
      case 'string':
        return this.string(node);
      case 'attribute':
        return this.attribute(node);
      case 'subscript':
        return this.subscript(node);
      case 'call':
        return this.keyedGet(node, this.call(node));
      case 'keyword_argument':
        return this.expr(node.childForFieldName('value'));
      case 'binary_operator':
        return this.concatenation(node);
      case 'boolean_operator':
        return this.union(operandsOf(node));
      case 'conditional_expression':
        return this.conditional(node);
      case 'named_expression': {
        const name = node.childForFieldName('name');
        if (name) this.consts.forget(name.text);
        return {
          k: 'walrus',
          t: name ? { k: 'name', id: name.text } : { k: 'discard' },
          v: this.expr(node.childForFieldName('value')),
        };
      }
      case 'lambda': {
        // A lambda's value is what it returns, plus whatever its default arguments captured.
        const defaults = (node.childForFieldName('parameters')?.namedChildren ?? [])
          .filter((p) => p?.type === 'default_parameter')
          .map((p) => p!.childForFieldName('value'));
        return this.union([node.childForFieldName('body'), ...defaults]);
      }
      case 'list_comprehension':
      case 'set_comprehension':
      case 'generator_expression':
      case 'dictionary_comprehension':
        return this.comprehension(node);
      case 'dictionary':
        return this.union(
          node.namedChildren.flatMap((p) => (p?.type === 'pair' ? [p.childForFieldName('value')] : [p])),
        );
      default:
        return this.union(node.namedChildren);
    }
  }

  private evaluatedOnly(nodes: (Node | null | undefined)[]): Expr {
    const inner = this.union(nodes);
    return inner.k === 'const' ? CONST : { k: 'comp', gens: [{ t: { k: 'discard' }, it: inner }], e: CONST };
  }

  /** The values of `nodes`, plus those of `query` (parts after a URL's `?`/`#`) made safe for the destination. */
  private union(nodes: (Node | null | undefined)[], query: (Node | null | undefined)[] = []): Expr {
    const xs: Expr[] = [];
    for (const n of nodes) {
      if (!n) continue;
      const e = this.expr(n);
      if (e.k !== 'const') xs.push(e);
    }
    const q = query.length ? this.union(query) : CONST;
    if (q.k !== 'const')
      xs.push({ k: 'call', txt: '?', a: [q], kw: [], l: 0, c: 0, el: 0, ec: 0, san: URL_DESTINATION });
    if (xs.length === 0) return CONST;
    return xs.length === 1 ? xs[0]! : { k: 'union', xs };
  }

  private string(node: Node): Expr {
    const parts = node.namedChildren.filter((c) => c?.type === 'interpolation');
    if (parts.length === 0) return CONST;
    const inner = (p: Node | null) =>
      p?.namedChildren.find((c) => c?.type !== 'format_specifier' && c?.type !== 'type_conversion');
    const query = node.namedChildren.findIndex((c) => c?.type === 'string_content' && /[?#]/.test(c.text));
    if (query < 0) return this.union(parts.map(inner));
    const children = node.namedChildren;
    return this.union(
      children
        .slice(0, query)
        .filter((c) => c?.type === 'interpolation')
        .map(inner),
      children
        .slice(query)
        .filter((c) => c?.type === 'interpolation')
        .map(inner),
    );
  }

  /**
   * `base + "?next=" + target`: once a literal `?` or `#` has started a URL's query or fragment, what follows
   * cannot move where the URL points, so it is safe for redirect and SSRF sinks (still text for every other).
   */
  private concatenation(node: Node): Expr {
    const operands = operandsOf(node);
    const plus = (node.childForFieldName('operator')?.text ?? node.children[1]?.text) === '+';
    const query = plus
      ? operands.findIndex(
          (o) =>
            o.type === 'string' && o.namedChildren.some((c) => c?.type === 'string_content' && /[?#]/.test(c.text)),
        )
      : -1;
    if (query < 0) return this.union(operands);
    const head = operands.slice(0, query);
    const tail = operands.slice(query);
    // The string holding `?` may itself interpolate before it (`f"{a}?{b}"`): string() splits it.
    return this.union([...head, tail[0]], tail.slice(1));
  }

  private attribute(node: Node): Expr {
    const source = this.sourceRead(node);
    if (source) return source;
    const object = node.childForFieldName('object');
    const basename = this.pathBasename(node, object);
    if (basename) return basename;
    const key = keyOf(node);
    return { k: 'attr', o: this.expr(object), ...(key ? { key } : {}) };
  }

  /** `Path(x).name` / `.stem`: the last component only, like `os.path.basename(x)`: safe for path sinks. */
  private pathBasename(node: Node, object: Node | null): Expr | undefined {
    const attr = node.childForFieldName('attribute')?.text;
    if ((attr !== 'name' && attr !== 'stem') || object?.type !== 'call') return undefined;
    const callee = object.childForFieldName('function');
    const q = callee ? this.ctx.qualified(callee) : undefined;
    if (!q || !/^pathlib\.(Pure)?(Posix|Windows)?Path$/.test(q)) return undefined;
    const s = node.startPosition;
    const e = node.endPosition;
    return {
      k: 'call',
      txt: `.${attr}`,
      a: [this.expr(object)],
      kw: [],
      l: s.row + 1,
      c: s.column + 1,
      el: e.row + 1,
      ec: e.column + 1,
      san: PATH_KIND,
    };
  }

  /** `flask.request.args`, `request.GET` (Django), `sys.argv` (local, when on). */
  sourceRead(node: Node): Expr | undefined {
    const object = node.childForFieldName('object');
    const attr = node.childForFieldName('attribute')?.text;
    if (!object || !attr) return undefined;
    const objectKey = keyOf(object);
    if (objectKey && this.requestNames.has(objectKey) && this.ctx.requestAttrs.has(attr)) {
      return this.src('remote', node.text, node);
    }
    const q = this.ctx.qualified(node);
    const kind = q ? this.ctx.sourceKindOfRead(q) : undefined;
    return kind ? this.src(kind, node.text, node) : undefined;
  }

  src(kind: 'remote' | 'local' | 'llm', label: string, node: Node): Expr {
    return {
      k: 'src',
      kind,
      label: label.length > 60 ? label.slice(0, 57) + '...' : label,
      l: node.startPosition.row + 1,
      c: node.startPosition.column + 1,
    };
  }

  private subscript(node: Node): Expr {
    const value = node.childForFieldName('value');
    const element = this.listElement(value, node.childForFieldName('subscript'));
    if (element) return this.expr(element);
    // `Color[name]`: a member of an enum (or a KeyError), not the name.
    if (value?.type === 'identifier' && this.ctx.enums.has(value.text))
      return {
        k: 'comp',
        gens: [{ t: { k: 'discard' }, it: this.expr(node.childForFieldName('subscript')) }],
        e: CONST,
      };
    if (this.isCoercedSerializerField(value, node.childForFieldName('subscript'))) return CONST;
    if (value?.type === 'identifier' || value?.type === 'attribute') {
      const q = this.ctx.qualified(value);
      const kind = q ? this.ctx.sourceKindOfRead(q) : undefined;
      if (kind) return this.src(kind, node.text, node);
    }
    const key = subscriptKey(node);
    return { k: 'item', o: this.expr(value), ...(key ? { key } : {}) };
  }

  /** `s.validated_data["year"]` where `s = ReportSerializer(...)` declares `year` with a coercing field type. */
  private isCoercedSerializerField(value: Node | null, index: Node | null): boolean {
    if (value?.type !== 'attribute' || value.childForFieldName('attribute')?.text !== 'validated_data' || !index)
      return false;
    const object = value.childForFieldName('object');
    const cls = object?.type === 'identifier' ? this.instances.get(object.text)?.split('.').pop() : undefined;
    const field = literalValue(index);
    return cls !== undefined && typeof field === 'string' && this.ctx.serializerFields.get(cls)?.has(field) === true;
  }

  private listElement(value: Node | null, index: Node | null): Node | undefined {
    if (value?.type !== 'identifier' || !index) return undefined;
    const list = this.lists.get(value.text);
    const i = list ? this.consts.value(index) : undefined;
    if (!list || typeof i !== 'number' || !Number.isInteger(i)) return undefined;
    return list.items.at(i);
  }

  private conditional(node: Node): Expr {
    const [a, test, b] = node.namedChildren;
    const facts = factsOf(test, this.ctx, new Map(), this.calleeOf);
    const e: Expr = { k: 'if', test: this.consts.truth(test), c: this.expr(test), a: this.expr(a), b: this.expr(b) };
    if (facts.yes.length) e.yes = facts.yes;
    if (facts.no.length) e.no = facts.no;
    return e;
  }

  private comprehension(node: Node): Expr {
    const body = node.childForFieldName('body');
    const gens: { t: Target; it: Expr }[] = [];
    for (const c of node.namedChildren) {
      if (c?.type === 'for_in_clause')
        gens.push({ t: this.target(c.childForFieldName('left')), it: this.expr(c.childForFieldName('right')) });
      // A filter's value does not flow into the element, but a sink inside it still runs.
      else if (c?.type === 'if_clause') gens.push({ t: { k: 'discard' }, it: this.expr(c.namedChildren[0]) });
    }
    const element =
      body?.type === 'pair'
        ? this.union([body.childForFieldName('key'), body.childForFieldName('value')])
        : this.expr(body);
    return { k: 'comp', gens, e: element };
  }

  /** `d.get("k")` reads the entry `d["k"]` when one was stored (dict-key precision), else the whole dict. */
  private keyedGet(node: Node, call: CallExpr): Expr {
    if (call.txt.endsWith('.get') && call.r) {
      const receiver = node.childForFieldName('function')?.childForFieldName('object');
      const base = receiver ? keyOf(receiver) : undefined;
      const arg = node.childForFieldName('arguments')?.namedChildren[0];
      const key = base && arg?.type === 'string' ? stringKey(base, arg) : undefined;
      if (key) return { k: 'item', o: call, key };
    }
    return call;
  }

  call(node: Node): CallExpr {
    return modelCall(this, node);
  }

  /** An assignment target. */
  target(node: Node | null | undefined): Target {
    if (!node) return { k: 'discard' };
    switch (node.type) {
      case 'identifier':
        return { k: 'name', id: node.text };
      case 'attribute': {
        const key = keyOf(node);
        return key ? { k: 'key', id: key } : { k: 'discard' };
      }
      case 'subscript': {
        const key = subscriptKey(node);
        if (key) return { k: 'key', id: key };
        const base = node.childForFieldName('value');
        const baseKey = base ? keyOf(base) : undefined;
        return baseKey ? { k: 'key', id: baseKey, weak: true } : { k: 'discard' };
      }
      case 'pattern_list':
      case 'tuple_pattern':
      case 'list_pattern':
      case 'tuple':
      case 'list':
      case 'expression_list':
        return { k: 'tuple', xs: node.namedChildren.filter((c): c is Node => !!c).map((c) => this.target(c)) };
      case 'list_splat_pattern':
      case 'parenthesized_expression':
      case 'list_splat':
        return this.target(node.namedChildren[0]);
      default:
        return { k: 'discard' };
    }
  }
}

/** Operands of a chain like `a + b + c + …` without recursing down its left spine (generated code nests deep). */
function operandsOf(node: Node): Node[] {
  const out: Node[] = [];
  let cur: Node | null = node;
  while (cur && cur.type === node.type) {
    const right = cur.childForFieldName('right');
    if (right) out.push(right);
    cur = cur.childForFieldName('left');
  }
  if (cur) out.push(cur);
  return out.reverse();
}
