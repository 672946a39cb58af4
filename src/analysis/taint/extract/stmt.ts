// Turns a function body (or module top level) into taint IR statements, keeping branches, loops and exits.
import type { Node } from '../../syntax-node.js';
import type { CallExpr, Expr, SinkSite, Stmt, Target } from '../ir.js';
import { KIND_CWE } from '../kinds.js';
import { NOT_HTML } from '../models/content-types.js';
import { ASSIGN_SINKS } from '../models/index.js';
import { factsOf, type Aliases } from './guards.js';
import type { Const, ConstEnv } from './constants.js';
import { ExprReader } from './expr.js';
import { keyOf, stringKey } from './keys.js';

const STOP_CALLS = /^(abort|flask\.abort|sys\.exit|exit|os\._exit|quit)$/;
const SKIP = new Set([
  'function_definition',
  'class_definition',
  'decorated_definition',
  'import_statement',
  'import_from_statement',
  'future_import_statement',
  'pass_statement',
  'global_statement',
  'nonlocal_statement',
  'comment',
  'delete_statement',
  'type_alias_statement',
]);

/** Nested blocks read; CPython stops at 100 indentation levels, so deeper is hostile and marked partial. */
const MAX_BLOCK_DEPTH = 120;

export class StmtReader extends ExprReader {
  /** Set for route handlers whose returned text is the HTTP response body (Flask). */
  responseReturns = false;
  /** Nested function definitions met while reading a body are queued here, to be extracted in their turn. */
  nested?: Node[];
  private readonly aliases: Aliases = new Map();
  /** Responses built in this block (`resp = make_response(body)`) whose body is an XSS sink, until reassigned. */
  private readonly responses = new Map<string, { call: CallExpr; depth: number }>();

  private depth = 0;

  block(node: Node | null | undefined): Stmt[] {
    const out: Stmt[] = [];
    if (!node) return out;
    if (this.depth > MAX_BLOCK_DEPTH) {
      this.ctx.truncate(node, `blocks nested deeper than ${MAX_BLOCK_DEPTH} levels`);
      return out;
    }
    this.depth++;
    for (const child of node.namedChildren) if (child) this.statement(child, out);
    this.depth--;
    return out;
  }

  /** Keeps the straight-line list model in step with `append`/`insert`/`pop`; anything else forgets it. */
  private trackList(call: Node): void {
    const callee = call.childForFieldName('function');
    const object = callee?.type === 'attribute' ? callee.childForFieldName('object') : null;
    const list = object?.type === 'identifier' ? this.lists.get(object.text) : undefined;
    if (!list || !object) return;
    const method = callee!.childForFieldName('attribute')?.text;
    const args = call.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => !!a) ?? [];
    const index = args[0] ? this.consts.value(args[0]) : undefined;
    if (list.depth !== this.depth) this.lists.delete(object.text);
    else if (method === 'append' && args.length === 1) list.items.push(args[0]!);
    else if (method === 'pop' && args.length === 0) list.items.pop();
    else if (method === 'pop' && typeof index === 'number') list.items.splice(index, 1);
    else if (method === 'insert' && typeof index === 'number' && args.length === 2)
      list.items.splice(index, 0, args[1]!);
    else this.lists.delete(object.text);
  }

  private statement(node: Node, out: Stmt[]): void {
    const t = node.type;
    if (t === 'function_definition') this.nested?.push(node);
    else if (t === 'decorated_definition' || t === 'class_definition') this.queueDefinitions(node);
    if (SKIP.has(t)) return;
    switch (t) {
      case 'expression_statement':
        for (const c of node.namedChildren) if (c) this.expression(c, out);
        return;
      case 'return_statement':
        out.push(this.ret(node.namedChildren[0], node));
        return;
      case 'if_statement':
        out.push(this.ifStatement(node));
        return;
      case 'for_statement':
      case 'while_statement':
        this.loop(node, out);
        return;
      case 'try_statement':
        out.push(this.tryStatement(node));
        return;
      case 'with_statement':
        this.withStatement(node, out);
        return;
      case 'raise_statement':
        out.push({ k: 'stop' });
        return;
      case 'continue_statement':
      case 'break_statement':
        out.push({ k: 'jump' });
        return;
      case 'assert_statement': {
        const facts = factsOf(node.namedChildren[0], this.ctx, this.aliases, this.calleeOf);
        out.push({ k: 'if', c: { k: 'const' }, yes: facts.yes, no: facts.no, then: [], else: [{ k: 'stop' }] });
        return;
      }
      case 'match_statement':
        out.push(...this.matchStatement(node));
        return;
      case 'block':
        out.push(...this.block(node));
        return;
      default: {
        const e = this.expr(node);
        if (e.k !== 'const') out.push({ k: 'expr', v: e });
      }
    }
  }

  private queueDefinitions(node: Node): void {
    if (!this.nested) return;
    const inner =
      node.type === 'decorated_definition' ? node.childForFieldName('definition') : node.childForFieldName('body');
    if (inner?.type === 'function_definition') this.nested.push(inner);
    else if (inner?.type === 'block')
      for (const c of inner.namedChildren) if (c?.type === 'function_definition') this.nested.push(c);
  }

  private expression(node: Node, out: Stmt[]): void {
    if (node.type === 'assignment') return this.assignment(node, out);
    if (node.type === 'augmented_assignment') {
      const left = node.childForFieldName('left');
      this.forgetTargets(left);
      const target = this.target(left);
      out.push({
        k: 'assign',
        t: target,
        v: { k: 'union', xs: [this.expr(left), this.expr(node.childForFieldName('right'))] },
        l: line(node),
      });
      return;
    }
    if (node.type === 'yield') {
      out.push(this.ret(node.namedChildren[0], node));
      return;
    }
    const e = this.expr(node);
    if (node.type === 'call') this.trackList(node);
    if (e.k !== 'const') out.push({ k: 'expr', v: e });
    if (e.k === 'call' && e.f && STOP_CALLS.test(e.f)) out.push({ k: 'stop' });
  }

  private assignment(node: Node, out: Stmt[]): void {
    const left = node.childForFieldName('left');
    let right = node.childForFieldName('right');
    const chained: Node[] = left ? [left] : [];
    while (right?.type === 'assignment') {
      const inner = right.childForFieldName('left');
      if (inner) chained.push(inner);
      right = right.childForFieldName('right');
    }
    if (!right) return;
    this.recordAlias(left, right);
    for (const target of chained) this.assignTo(target, right, out, line(node));
  }

  private assignTo(target: Node, right: Node, out: Stmt[], l: number): void {
    this.noteNonHtmlType(target, right);
    const sink = this.assignSink(target, right);
    if (sink) {
      out.push(sink);
      return;
    }
    const isSeq = (n: Node) =>
      ['pattern_list', 'tuple_pattern', 'list_pattern', 'tuple', 'expression_list', 'list'].includes(n.type);
    if (isSeq(target) && isSeq(right)) {
      const ts = target.namedChildren.filter((c): c is Node => !!c);
      const vs = right.namedChildren.filter((c): c is Node => !!c);
      if (ts.length === vs.length && !vs.some((v) => v.type === 'list_splat')) {
        ts.forEach((t, i) => this.assignTo(t, vs[i]!, out, l));
        return;
      }
    }
    if (target.type === 'identifier') {
      this.consts.assign(target.text, right);
      this.lists.delete(target.text);
      this.trackInstance(target.text, right);
      this.trackClient(target.text, right);
      if (
        right.type === 'list' &&
        !right.namedChildren.some((c) => c?.type === 'list_splat' || c?.type === 'comment')
      ) {
        this.lists.set(target.text, { items: right.namedChildren.filter((c): c is Node => !!c), depth: this.depth });
      }
    } else this.forgetTargets(target);
    const value = this.expr(right);
    out.push({ k: 'assign', t: this.target(target), v: value, l });
    if (target.type === 'identifier') this.trackResponse(target.text, value);
    if (target.type === 'identifier' && right.type === 'dictionary') this.dictEntries(target.text, right, out, l);
  }

  private trackResponse(name: string, value: Expr): void {
    this.responses.delete(name);
    if (value.k === 'call' && value.sink?.some((u) => u.kind === 'xss'))
      this.responses.set(name, { call: value, depth: this.depth });
  }

  /**
   * `resp.mimetype = "application/json"` (or `content_type`, or `headers["Content-Type"]`) in the block that built
   * `resp`: the body is not rendered as HTML, so the response call is no XSS sink. Set in a nested branch, it
   * proves nothing about the other path.
   */
  private noteNonHtmlType(target: Node, right: Node): void {
    let object: Node | null = null;
    if (
      target.type === 'attribute' &&
      /^(mimetype|content_type)$/.test(target.childForFieldName('attribute')?.text ?? '')
    ) {
      object = target.childForFieldName('object');
    } else if (target.type === 'subscript') {
      const headers = target.childForFieldName('value');
      const key = target.childForFieldName('subscript');
      if (
        headers?.type === 'attribute' &&
        headers.childForFieldName('attribute')?.text === 'headers' &&
        /^['"]content-type['"]$/i.test(key?.text ?? '')
      ) {
        object = headers.childForFieldName('object');
      }
    }
    const response = object?.type === 'identifier' ? this.responses.get(object.text) : undefined;
    if (!response || response.depth !== this.depth || !new RegExp(NOT_HTML).test(right.text)) return;
    response.call.sink = response.call.sink!.filter((u) => u.kind !== 'xss');
    if (!response.call.sink.length) delete response.call.sink;
    this.responses.delete(object!.text);
  }

  /** `d = {"a": "x", "b": user}`: each constant key keeps its own value, so `d["a"]` reads clean. */
  private dictEntries(name: string, dict: Node, out: Stmt[], l: number): void {
    const pairs = dict.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment');
    if (!pairs.length || pairs.length > 50 || pairs.some((p) => p.type !== 'pair')) return;
    const entries: [string, Node][] = [];
    for (const p of pairs) {
      const key = p.childForFieldName('key');
      const value = p.childForFieldName('value');
      const id =
        key?.type === 'string' ? stringKey(name, key) : key?.type === 'integer' ? `${name}[${key.text}]` : undefined;
      if (!id || !value) return;
      entries.push([id, value]);
    }
    for (const [id, value] of entries) out.push({ k: 'assign', t: { k: 'key', id }, v: this.expr(value), l });
  }

  private forgetTargets(target: Node | null | undefined): void {
    if (!target) return;
    if (target.type === 'identifier') this.consts.forget(target.text);
    else
      for (const c of target.namedChildren)
        if (c && c.type !== 'attribute' && c.type !== 'subscript') this.forgetTargets(c);
  }

  /** `resp.headers["X"] = v` (header injection), `session["k"] = v` (trust boundary). */
  private assignSink(target: Node, right: Node): Stmt | undefined {
    if (target.type !== 'subscript') return undefined;
    // `headers[:] = [...]` rebuilds a list, it does not set a header.
    if (target.childForFieldName('subscript')?.type === 'slice') return undefined;
    const object = target.childForFieldName('value');
    if (!object) return undefined;
    const text = object.text;
    const q = this.ctx.qualified(object);
    for (const s of ASSIGN_SINKS) {
      if (s.requires && !this.ctx.imports_(s.requires)) continue;
      const byName = s.qualified ? !!q && s.qualified.includes(q) : false;
      const requestSession = s.kind === 'trust-boundary' && /^request\.session$/.test(text);
      if (byName || requestSession || (s.kind !== 'trust-boundary' && s.objectText.test(text))) {
        return {
          k: 'sink',
          use: { kind: s.kind, cwe: KIND_CWE[s.kind] },
          v: this.expr(right),
          site: this.site(target.parent ?? target, text),
        };
      }
    }
    return undefined;
  }

  /** `repo = Repo(...)` (a capitalised class name) lets `repo.find(x)` resolve to the project's `Repo.find`. */
  private trackInstance(name: string, right: Node): void {
    this.instances.delete(name);
    if (right.type !== 'call') return;
    const callee = right.childForFieldName('function');
    if (callee?.type !== 'identifier' && callee?.type !== 'attribute') return;
    const last = callee.type === 'identifier' ? callee.text : (callee.childForFieldName('attribute')?.text ?? '');
    if (!/^[A-Z][A-Za-z0-9_]*$/.test(last)) return;
    const qualified = this.ctx.qualified(callee);
    if (qualified) this.instances.set(name, qualified);
  }

  private recordAlias(left: Node | null, right: Node): void {
    if (left?.type !== 'identifier' || right.type !== 'call') return;
    if (!/urlparse|urlsplit/.test(right.childForFieldName('function')?.text ?? '')) return;
    const arg = right.childForFieldName('arguments')?.namedChildren[0];
    const key = arg ? keyOf(arg) : undefined;
    if (key) this.aliases.set(left.text, key);
  }

  site(node: Node, txt: string): SinkSite {
    const s = node.startPosition;
    const e = node.endPosition;
    return {
      l: s.row + 1,
      c: s.column + 1,
      el: e.row + 1,
      ec: e.column + 1,
      txt,
      text: this.ctx.lineText(s.row + 1).slice(0, 300),
    };
  }

  private ret(value: Node | null | undefined, node: Node): Stmt {
    const v: Expr = value ? this.expr(value) : { k: 'const' };
    const stmt: Extract<Stmt, { k: 'return' }> = { k: 'return', v, l: line(node) };
    if (this.responseReturns && value && isResponseBody(value)) stmt.xss = this.site(node, 'return');
    // What a true result proves, so a function returning a check becomes a guard where it is called.
    if (node.type !== 'return_statement') return stmt;
    if (!value || value.type === 'none' || value.type === 'false') stmt.lit = false;
    else if (value.type === 'true') stmt.lit = true;
    else {
      const yes = factsOf(value, this.ctx, this.aliases, this.calleeOf).yes;
      if (yes.length) stmt.yes = yes;
    }
    return stmt;
  }

  private ifStatement(node: Node): Stmt {
    const condition = node.childForFieldName('condition');
    const facts = factsOf(condition, this.ctx, this.aliases, this.calleeOf);
    const truth = this.consts.truth(condition);
    const alternatives = node.childrenForFieldName('alternative').filter((c): c is Node => !!c);
    const stmt: Stmt = {
      k: 'if',
      c: this.expr(condition),
      yes: facts.yes,
      no: facts.no,
      then: this.block(node.childForFieldName('consequence')),
      else: this.elseChain(alternatives),
    };
    if (truth === false) stmt.dead = 'then';
    if (truth === true) stmt.dead = 'else';
    return stmt;
  }

  private elseChain(alternatives: Node[]): Stmt[] {
    const [first, ...rest] = alternatives;
    if (!first) return [];
    if (first.type === 'else_clause') return this.block(first.childForFieldName('body'));
    const condition = first.childForFieldName('condition');
    const facts = factsOf(condition, this.ctx, this.aliases, this.calleeOf);
    const truth = this.consts.truth(condition);
    const stmt: Stmt = {
      k: 'if',
      c: this.expr(condition),
      yes: facts.yes,
      no: facts.no,
      then: this.block(first.childForFieldName('consequence')),
      else: this.elseChain(rest),
    };
    if (truth === false) stmt.dead = 'then';
    if (truth === true) stmt.dead = 'else';
    return [stmt];
  }

  /** `match`: the one case a constant subject selects, or else every case as an alternative branch. */
  private matchStatement(node: Node): Stmt[] {
    const subject = node.childForFieldName('subject');
    const value = subject ? this.consts.value(subject) : undefined;
    const cases = (node.childForFieldName('body')?.namedChildren ?? []).filter(
      (c): c is Node => c?.type === 'case_clause',
    );
    const out: Stmt[] = [];
    if (subject) {
      const e = this.expr(subject);
      if (e.k !== 'const') out.push({ k: 'expr', v: e });
    }
    if (value !== undefined) {
      const chosen = cases.find((c) => casePatternMatches(c, value, this.consts));
      if (chosen !== undefined || cases.every((c) => casePatternMatches(c, value, this.consts) !== undefined)) {
        return chosen ? [...out, ...this.block(chosen.childForFieldName('consequence'))] : out;
      }
    }
    const hasDefault = cases.some(
      (c) => c.namedChildren.find((p) => p?.type === 'case_pattern')?.namedChildren.length === 0,
    );
    let chain: Stmt[] = [];
    for (const c of [...cases].reverse()) {
      const body = this.block(c.childForFieldName('consequence'));
      chain =
        chain.length || !hasDefault ? [{ k: 'if', c: { k: 'const' }, yes: [], no: [], then: body, else: chain }] : body;
    }
    return [...out, ...chain];
  }

  private loop(node: Node, out: Stmt[]): void {
    const isFor = node.type === 'for_statement';
    if (isFor) this.forgetTargets(node.childForFieldName('left'));
    const alternative = node.childForFieldName('alternative');
    const stmt: Stmt = {
      k: 'loop',
      body: this.block(node.childForFieldName('body')),
      else: this.block(alternative?.childForFieldName('body')),
      l: line(node),
    };
    if (!isFor) {
      const condition = node.childForFieldName('condition');
      const c = this.expr(condition);
      if (c.k !== 'const') out.push({ k: 'expr', v: c });
      if (this.consts.truth(condition) === true) stmt.forever = true;
    }
    if (isFor) {
      stmt.t = this.target(node.childForFieldName('left'));
      stmt.it = this.expr(node.childForFieldName('right'));
    }
    out.push(stmt);
  }

  private tryStatement(node: Node): Stmt {
    const stmt: Stmt = { k: 'try', body: this.block(node.childForFieldName('body')), handlers: [], else: [], fin: [] };
    for (const child of node.namedChildren) {
      if (!child) continue;
      if (child.type === 'except_clause' || child.type === 'except_group_clause') {
        const body = child.namedChildren.find((c) => c?.type === 'block');
        stmt.handlers.push(this.block(body));
      } else if (child.type === 'else_clause') stmt.else = this.block(child.childForFieldName('body'));
      else if (child.type === 'finally_clause')
        stmt.fin = this.block(child.namedChildren.find((c) => c?.type === 'block'));
    }
    return stmt;
  }

  private withStatement(node: Node, out: Stmt[]): void {
    const clause = node.namedChildren.find((c) => c?.type === 'with_clause');
    for (const item of clause?.namedChildren ?? []) {
      const value = item?.childForFieldName('value');
      if (!value) continue;
      if (value.type === 'as_pattern') {
        const expr = value.namedChildren[0];
        const alias = value.childForFieldName('alias') ?? value.namedChildren[1];
        const aliasNode = alias?.type === 'as_pattern_target' ? alias.namedChildren[0] : alias;
        const target: Target = this.target(aliasNode);
        if (aliasNode?.type === 'identifier') this.trackClient(aliasNode.text, expr);
        out.push({ k: 'assign', t: target, v: this.expr(expr), l: line(value) });
      } else {
        const e = this.expr(value);
        if (e.k !== 'const') out.push({ k: 'expr', v: e });
      }
    }
    out.push(...this.block(node.childForFieldName('body')));
  }
}

/** true/false when a case's literal pattern surely does or does not match `value`; undefined when unknown. */
function casePatternMatches(clause: Node, value: Const, consts: ConstEnv): boolean | undefined {
  const pattern = clause.namedChildren.find((p) => p?.type === 'case_pattern');
  if (!pattern) return undefined;
  if (clause.childForFieldName('guard')) return undefined;
  const inner = pattern.namedChildren[0];
  if (!inner) return true;
  const options = inner.type === 'union_pattern' ? inner.namedChildren.filter((n): n is Node => !!n) : [inner];
  let unknown = false;
  for (const option of options) {
    const v = consts.value(option);
    if (v === undefined) unknown = true;
    else if (v === value) return true;
  }
  return unknown ? undefined : false;
}

function line(node: Node): number {
  return node.startPosition.row + 1;
}

/** A returned value that Flask sends as an HTML body: not a dict/list (JSON), not a jsonify()/render_template(). */
function isResponseBody(value: Node): boolean {
  if (['dictionary', 'list', 'integer', 'none', 'true', 'false'].includes(value.type)) return false;
  if (value.type === 'tuple' || value.type === 'expression_list') {
    const body = value.namedChildren[0];
    return !!body && isResponseBody(body);
  }
  if (value.type === 'call') {
    const fn = value.childForFieldName('function')?.text ?? '';
    return !/(^|\.)(jsonify|render_template|redirect|make_response|Response|send_file|send_from_directory|abort|url_for)$/.test(
      fn,
    );
  }
  return true;
}
