// Evaluates one function's IR flow-sensitively: branches fork and merge the variable state, guards clear
// what they prove safe, exits drop their branch. Produces the function's summary and the source→sink hits.
import type { FlowStep } from '../../rule.js';
import type { CallExpr, Expr, FileIR, FunctionIR, Guard, SinkSite, SinkUse, Stmt, Target } from '../ir.js';
import { ALL_KINDS, kindBit, sourceReaches } from '../kinds.js';
import type { FunctionRef, Project } from './project.js';
import { emptySummary, type Summary } from './summary.js';
import { CLEAN, clear, join, joinAll, normalised, pushStep, step, type Origin, type Val } from './value.js';

export interface Hit {
  origin: Origin;
  use: SinkUse;
  site: SinkSite;
  path: string;
  steps: FlowStep[];
}

export interface EvalEnv {
  project: Project;
  summaryOf(key: string): Summary | undefined;
  onHit(hit: Hit): void;
  /** Records that `caller` used `callee`'s summary, so the solver re-evaluates callers when it grows. */
  onCall(callee: string): void;
  /** Untrusted data stored in `self.<field>` by any method of the class, as seen so far. */
  fields(): ReadonlyMap<string, Val>;
  /** Fields this method stores untrusted data in (sources only: a parameter means nothing in another method). */
  onFields(written: Map<string, Val>): void;
  /** Module-level names holding untrusted data (from the file's top-level code), read by its functions. */
  globals(): ReadonlyMap<string, Val>;
  onGlobals(names: Map<string, Val>): void;
}

type State = Map<string, Val>;

export class FunctionEvaluator {
  private readonly summary: Summary = emptySummary();
  private returned: Val = CLEAN;
  private state: State = new Map();
  private readonly fieldWrites = new Map<string, Val>();
  /** States leaving through `break`/`continue`, one list per enclosing loop. */
  private readonly loopExits: State[][] = [];
  /** Per parameter: the sinks it is checked for on every path returning a true value / returning at all. */
  private trueMasks?: number[];
  private exitMasks?: number[];
  private returnsTrue = false;
  /** Parameters assigned in the body: a check on the new value says nothing about the caller's argument. */
  private readonly rebound = new Set<string>();

  constructor(
    private readonly file: FileIR,
    private readonly fn: FunctionIR,
    private readonly env: EvalEnv,
  ) {}

  run(): Summary {
    this.fn.params.forEach((name, i) => {
      const src = this.fn.srcParams?.find((p) => p.i === i);
      const at = { line: this.fn.l, column: 1, path: this.file.path };
      if (src) {
        const ref = {
          kind: src.kind,
          label: src.label,
          path: this.file.path,
          l: this.fn.l,
          c: 1,
          ...(src.segment ? { segment: true } : {}),
        };
        this.state.set(name, [
          {
            id: `s:${this.file.path}:${this.fn.l}:${i}`,
            src: ref,
            cleared: 0,
            steps: [{ ...at, note: `${src.label} (source)` }],
          },
        ]);
      } else if (name !== 'self' && name !== 'cls') {
        this.state.set(name, [
          {
            id: `p${i}`,
            param: i,
            cleared: 0,
            steps: [{ ...at, note: `parameter \`${name}\` of \`${this.fn.name}\`` }],
          },
        ]);
      }
    });
    if (this.fn.cls) for (const [field, v] of this.env.fields()) if (!this.state.has(field)) this.state.set(field, v);
    if (this.block(this.fn.body)) this.exitMasks = this.meetMasks(this.exitMasks);
    this.publishChecks();
    if (this.fieldWrites.size) this.env.onFields(this.fieldWrites);
    if (this.fn.name === '<module>') this.publishGlobals();
    for (const o of this.returned) {
      if (o.param !== undefined)
        this.summary.returns.push({ param: o.param, cleared: o.cleared, norm: o.norm, steps: o.steps });
      else this.summary.returnsSources.push(o);
    }
    return this.summary;
  }

  /** The parameters' checked-for sinks where this path leaves, met with those of the paths seen before. */
  private meetMasks(masks: number[] | undefined): number[] {
    return this.fn.params.map((name, i) => {
      const before = masks ? masks[i]! : ALL_KINDS;
      if (this.rebound.has(name)) return 0;
      const o = this.state.get(name)?.find((x) => x.id === `p${i}`);
      return before & (o ? o.cleared : 0);
    });
  }

  /** A `return` reached: the function as a validator (true result) and as a check that raises otherwise. */
  private onReturn(s: Extract<Stmt, { k: 'return' }>): void {
    this.exitMasks = this.meetMasks(this.exitMasks);
    if (s.lit === false) return;
    this.returnsTrue = true;
    if (!s.yes?.length) {
      this.trueMasks = this.meetMasks(this.trueMasks);
      return;
    }
    const saved = new Map(this.state);
    this.applyGuards(s.yes);
    this.trueMasks = this.meetMasks(this.trueMasks);
    this.state = saved;
  }

  private publishChecks(): void {
    const entries = (masks: number[] | undefined) =>
      (masks ?? []).flatMap((clears, param) => (clears ? [{ param, clears }] : []));
    if (this.returnsTrue) this.summary.guards = entries(this.trueMasks);
    this.summary.validates = entries(this.exitMasks);
  }

  private publishGlobals(): void {
    const names = new Map<string, Val>();
    for (const [name, v] of this.state) {
      const sources = v.filter((o) => o.src);
      if (sources.length && !name.includes('.') && !name.includes('[')) names.set(name, sources);
    }
    if (names.size) this.env.onGlobals(names);
  }

  /** Runs statements on the current state; false when every path through them exits. */
  private block(stmts: Stmt[]): boolean {
    for (const s of stmts) if (!this.statement(s)) return false;
    return true;
  }

  private statement(s: Stmt): boolean {
    switch (s.k) {
      case 'assign':
        this.assign(s.t, this.expr(s.v), s.l);
        return true;
      case 'expr':
        this.expr(s.v);
        return true;
      case 'return': {
        const v = s.v ? this.expr(s.v) : CLEAN;
        this.onReturn(s);
        if (s.xss) this.sink(v, { kind: 'xss', cwe: 'CWE-79' }, s.xss);
        this.returned = join(this.returned, step(v, this.at(s.l, 'returned')));
        return false;
      }
      case 'stop':
        return false;
      case 'jump':
        this.loopExits[this.loopExits.length - 1]?.push(new Map(this.state));
        return false;
      case 'sink':
        this.sink(this.expr(s.v), s.use, s.site);
        return true;
      case 'if':
        return this.branch(s);
      case 'loop':
        return this.loop(s);
      case 'try':
        return this.tryStmt(s);
    }
  }

  private branch(s: Extract<Stmt, { k: 'if' }>): boolean {
    this.expr(s.c);
    if (s.dead === 'then') return this.withGuards(s.no, () => this.block(s.else));
    if (s.dead === 'else') return this.withGuards(s.yes, () => this.block(s.then));
    const before = this.state;
    this.state = new Map(before);
    const thenAlive = this.withGuards(s.yes, () => this.block(s.then));
    const afterThen = this.state;
    this.state = new Map(before);
    const elseAlive = this.withGuards(s.no, () => this.block(s.else));
    if (!thenAlive && !elseAlive) return false;
    if (!elseAlive) this.state = afterThen;
    else if (thenAlive) this.state = merge(afterThen, this.state);
    return true;
  }

  private withGuards(guards: Guard[], run: () => boolean): boolean {
    this.applyGuards(guards);
    return run();
  }

  private applyGuards(guards: Guard[]): void {
    for (const g of guards) {
      const v = this.state.get(g.v);
      const clears = g.via ? this.validatorMask(g.via) : g.clears;
      if (v && clears) this.state.set(g.v, clear(v, clears, g.normOnly));
    }
  }

  /** What a true result of the project function `via.f` proves about its argument `via.arg` (its summary). */
  private validatorMask(via: NonNullable<Guard['via']>): number {
    const call: CallExpr = {
      k: 'call',
      f: via.f,
      txt: via.f,
      a: [],
      kw: [],
      l: 0,
      c: 0,
      el: 0,
      ec: 0,
      ...(via.method ? { method: true } : {}),
    };
    const ref = this.env.project.resolve(call, this.file, this.fn);
    if (!ref) return 0;
    this.env.onCall(ref.key);
    const param = via.arg + (ref.bindsSelf ? 1 : 0);
    return this.env.summaryOf(ref.key)?.guards.find((g) => g.param === param)?.clears ?? 0;
  }

  /** Two passes over the body reach a fixpoint for the flows we track; `break`/`continue` states join in. */
  private loop(s: Extract<Stmt, { k: 'loop' }>): boolean {
    const before = new Map(this.state);
    const exits: State[] = [];
    this.loopExits.push(exits);
    let last: State | undefined;
    for (let pass = 0; pass < 2; pass++) {
      if (s.t && s.it) this.assign(s.t, step(this.expr(s.it), this.at(s.l, 'loop item')), s.l);
      const alive = this.block(s.body);
      last = alive ? this.state : undefined;
      this.state = [last, ...exits].reduce<State>((acc, st) => (st ? merge(acc, st) : acc), before);
    }
    this.loopExits.pop();
    if (s.forever) {
      // `while True:` is left only through `break` (or not at all).
      if (!exits.length) return false;
      this.state = exits.reduce((acc, st) => merge(acc, st));
      return true;
    }
    this.block(s.else);
    return true;
  }

  private tryStmt(s: Extract<Stmt, { k: 'try' }>): boolean {
    const before = new Map(this.state);
    let alive = this.block(s.body) && this.block(s.else);
    let out = alive ? this.state : undefined;
    for (const handler of s.handlers) {
      this.state = merge(before, out ?? before);
      if (this.block(handler)) {
        out = out ? merge(out, this.state) : this.state;
        alive = true;
      }
    }
    this.state = out ?? before;
    const finAlive = this.block(s.fin);
    return alive && finAlive;
  }

  private assign(t: Target, v: Val, line: number): void {
    switch (t.k) {
      case 'name': {
        if (this.fn.params.includes(t.id)) this.rebound.add(t.id);
        for (const key of [...this.state.keys()])
          if (key.startsWith(`${t.id}.`) || key.startsWith(`${t.id}[`)) this.state.delete(key);
        this.state.set(t.id, step(v, this.at(line, `assigned to \`${t.id}\``)));
        return;
      }
      case 'key': {
        const stepped = step(v, this.at(line, `stored in \`${t.id}\``));
        if (this.fn.cls && /^self\.\w+$/.test(t.id)) {
          const sources = stepped.filter((o) => o.src);
          if (sources.length) this.fieldWrites.set(t.id, join(this.fieldWrites.get(t.id) ?? CLEAN, sources));
        }
        if (t.weak) this.state.set(t.id, join(this.state.get(t.id) ?? CLEAN, stepped));
        else this.state.set(t.id, stepped);
        const bracket = t.id.indexOf('[');
        if (!t.weak && bracket > 0 && v.length) {
          const base = t.id.slice(0, bracket);
          this.state.set(base, join(this.state.get(base) ?? CLEAN, stepped));
        }
        return;
      }
      case 'tuple':
        for (const x of t.xs) this.assign(x, v, line);
        return;
      case 'discard':
        return;
    }
  }

  private expr(e: Expr): Val {
    switch (e.k) {
      case 'const':
        return CLEAN;
      case 'name':
        return (
          this.state.get(e.id) ?? (this.fn.name === '<module>' ? undefined : this.env.globals().get(e.id)) ?? CLEAN
        );
      case 'attr':
        return (e.key !== undefined ? this.state.get(e.key) : undefined) ?? this.expr(e.o);
      case 'item':
        return (e.key !== undefined ? this.state.get(e.key) : undefined) ?? this.expr(e.o);
      case 'union':
        return joinAll(e.xs.map((x) => this.expr(x)));
      case 'src':
        return [this.sourceOrigin(e.kind, e.label, e.l, e.c)];
      case 'walrus': {
        const v = this.expr(e.v);
        this.assign(e.t, v, 0);
        return v;
      }
      case 'comp':
        for (const g of e.gens) this.assign(g.t, this.expr(g.it), 0);
        return this.expr(e.e);
      case 'if': {
        this.expr(e.c);
        if (e.test === true) return this.guarded(e.yes, e.a);
        if (e.test === false) return this.guarded(e.no, e.b);
        return join(this.guarded(e.yes, e.a), this.guarded(e.no, e.b));
      }
      case 'call':
        return this.call(e);
    }
  }

  /** Evaluates `e` where `guards` hold (`x if x.isalnum() else "misc"`), leaving the state as it was. */
  private guarded(guards: Guard[] | undefined, e: Expr): Val {
    if (!guards?.length) return this.expr(e);
    const saved = guards.map((g) => [g.v, this.state.get(g.v)] as const);
    this.applyGuards(guards);
    const out = this.expr(e);
    for (const [k, v] of saved) if (v) this.state.set(k, v);
    return out;
  }

  private sourceOrigin(
    kind: Origin['src'] extends infer R ? (R extends { kind: infer K } ? K : never) : never,
    label: string,
    l: number,
    c: number,
  ): Origin {
    const ref = { kind, label, path: this.file.path, l, c };
    return {
      id: `s:${this.file.path}:${l}:${c}`,
      src: ref,
      cleared: 0,
      steps: [{ line: l, column: c, path: this.file.path, note: `${label} (source)` }],
    };
  }

  private call(call: CallExpr): Val {
    const recv = call.r ? this.expr(call.r) : CLEAN;
    const args = call.a.map((a) => this.expr(a));
    const kws = new Map(call.kw.map(([k, v]) => [k, this.expr(v)] as const));
    for (const use of call.sink ?? []) this.sink(this.sinkValue(use, recv, args, kws), use, siteOf(call));
    if (call.mut) {
      const added = joinAll([...args, ...kws.values()]);
      if (added.length)
        this.state.set(
          call.mut,
          join(this.state.get(call.mut) ?? CLEAN, step(added, this.at(call.l, `added to \`${call.mut}\``))),
        );
    }
    if (call.src) return clear([this.sourceOrigin(call.src.kind, call.src.label, call.l, call.c)], call.san ?? 0);
    if (call.clean) return CLEAN;
    let result = this.callResult(call, recv, args, kws);
    if (call.san) result = clear(result, call.san);
    if (call.norm) result = normalised(result);
    return result;
  }

  private sinkValue(use: SinkUse, recv: Val, args: Val[], kws: Map<string, Val>): Val {
    if (use.e) return this.expr(use.e);
    const parts: Val[] = [];
    for (const i of use.args ?? []) if (args[i]) parts.push(args[i]!);
    for (const k of use.kws ?? []) if (kws.has(k)) parts.push(kws.get(k)!);
    if (use.recv) parts.push(recv);
    return joinAll(parts);
  }

  private callResult(call: CallExpr, recv: Val, args: Val[], kws: Map<string, Val>): Val {
    const ref = this.env.project.resolve(call, this.file, this.fn);
    if (ref) this.env.onCall(ref.key);
    const summary = ref ? this.env.summaryOf(ref.key) : undefined;
    if (!ref || !summary) {
      // Calling a local variable (a lambda, a bound method kept in a name) returns what it captured.
      const callee = call.f && !call.f.includes('.') ? (this.state.get(call.f) ?? CLEAN) : CLEAN;
      const kept = call.drop ? args.filter((_, i) => !call.drop!.includes(i)) : args;
      return joinAll([recv, callee, ...kept, ...kws.values()]);
    }
    const offset = ref.bindsSelf ? 1 : 0;
    const argOf = (param: number): Val => {
      if (param < offset) return recv;
      const byPosition = args[param - offset];
      if (byPosition) return byPosition;
      const name = ref.fn.params[param];
      return (name !== undefined ? kws.get(name) : undefined) ?? CLEAN;
    };
    this.applyValidation(call, ref, summary);
    const callStep = this.at(call.l, `passed to \`${call.txt}()\``);
    for (const s of summary.sinks) {
      const v = clear(step(argOf(s.param), callStep), s.cleared);
      for (const o of v) this.reach(o, s.use, s.site, s.path, s.steps);
    }
    const parts: Val[] = [];
    for (const r of summary.returns) {
      let v = clear(step(argOf(r.param), callStep), r.cleared);
      if (r.norm) v = normalised(v);
      parts.push(v.map((o) => ({ ...o, steps: concatSteps(o.steps, r.steps.slice(1)) })));
    }
    parts.push(
      summary.returnsSources.map((o) => ({
        ...o,
        steps: pushStep(o.steps, this.at(call.l, `returned by \`${call.txt}()\``)),
      })),
    );
    return joinAll(parts);
  }

  /** `validate_name(name)` returned, so it did not raise: `name` is now safe for what the callee checks. */
  private applyValidation(call: CallExpr, ref: FunctionRef, summary: Summary): void {
    const offset = ref.bindsSelf ? 1 : 0;
    for (const { param, clears } of summary.validates) {
      const name = ref.fn.params[param];
      const arg = param < offset ? call.r : (call.a[param - offset] ?? call.kw.find(([k]) => k === name)?.[1]);
      const key = arg?.k === 'name' ? arg.id : arg?.k === 'attr' || arg?.k === 'item' ? arg.key : undefined;
      const v = key ? this.state.get(key) : undefined;
      if (key && v) this.state.set(key, clear(v, clears));
    }
  }

  private sink(v: Val, use: SinkUse, site: SinkSite): void {
    for (const o of v) this.reach(o, use, site, this.file.path, []);
  }

  /** An origin arriving at a sink: a finding when it is a source, a summary entry when it is a parameter. */
  private reach(o: Origin, use: SinkUse, site: SinkSite, path: string, innerSteps: FlowStep[]): void {
    if (o.cleared & kindBit(use.kind)) return;
    const steps = concatSteps(o.steps, innerSteps.slice(o.param !== undefined ? 0 : 1));
    if (o.src) {
      if (sourceReaches(o.src.kind, use.kind)) this.env.onHit({ origin: o, use, site, path, steps });
      return;
    }
    if (o.param === undefined) return;
    const exists = this.summary.sinks.some(
      (s) =>
        s.param === o.param && s.site.l === site.l && s.site.c === site.c && s.path === path && s.use.kind === use.kind,
    );
    if (!exists)
      this.summary.sinks.push({
        param: o.param,
        cleared: o.cleared,
        use,
        site,
        path,
        steps: concatSteps(o.steps, innerSteps),
      });
  }

  private at(line: number, note: string): FlowStep {
    return { line, column: 1, path: this.file.path, note };
  }
}

function siteOf(call: CallExpr): SinkSite {
  return { l: call.l, c: call.c, el: call.el, ec: call.ec, txt: call.txt, text: call.text ?? '' };
}

function merge(a: State, b: State): State {
  const out = new Map(a);
  for (const [k, v] of b) out.set(k, join(out.get(k) ?? CLEAN, v));
  return out;
}

function concatSteps(a: FlowStep[], b: FlowStep[]): FlowStep[] {
  let out = a;
  for (const s of b) out = pushStep(out, s);
  return out;
}
