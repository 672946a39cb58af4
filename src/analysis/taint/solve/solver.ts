// The project-wide step: evaluates every extracted function to a fixpoint of summaries (a worklist over the
// call graph, bounded so recursion terminates) and collects every source that reaches a sink.
import type { FileIR, FunctionIR } from '../ir.js';
import { FunctionEvaluator, type EvalEnv, type Hit } from './evaluate.js';
import { Project } from './project.js';
import { applyRoutes } from './routes.js';
import { summarySize, type Summary } from './summary.js';
import { join, type Val } from './value.js';

/** Each function is re-evaluated at most this many times (summaries only grow, so this only caps recursion). */
const MAX_ROUNDS_PER_FUNCTION = 6;

interface Entry {
  key: string;
  file: FileIR;
  fn: FunctionIR;
}

export function solve(files: readonly FileIR[]): Hit[] {
  return new Solver(applyRoutes(files)).run();
}

class Solver {
  private readonly project: Project;
  private readonly entries: Entry[];
  private readonly byKey: Map<string, Entry>;
  private readonly summaries = new Map<string, Summary>();
  private readonly sizes = new Map<string, string>();
  private readonly callers = new Map<string, Set<string>>();
  private readonly rounds = new Map<string, number>();
  /** Hits of each function's latest evaluation only: an early one may predate a callee's summary. */
  private readonly hitsOf = new Map<string, Hit[]>();
  /** Untrusted `self.<field>` values per class (file + class name), and the methods that read them. */
  private readonly fields = new Map<string, Map<string, Val>>();
  private readonly methodsOf = new Map<string, string[]>();
  /** Untrusted module-level names per file, and the functions that read them. */
  private readonly globals = new Map<string, Map<string, Val>>();
  private readonly functionsOf = new Map<string, string[]>();
  private readonly queue: string[] = [];
  private readonly queued = new Set<string>();

  constructor(files: readonly FileIR[]) {
    this.project = new Project(files);
    this.entries = [...this.project.functions()];
    this.byKey = new Map(this.entries.map((e) => [e.key, e]));
    for (const e of this.entries) {
      push(this.functionsOf, e.file.path, e.key);
      if (e.fn.cls) push(this.methodsOf, classKey(e), e.key);
    }
  }

  run(): Hit[] {
    for (const e of this.entries) this.requeue(e.key);
    for (let next = 0; next < this.queue.length; next++) {
      const key = this.queue[next]!;
      this.queued.delete(key);
      const n = (this.rounds.get(key) ?? 0) + 1;
      if (n > MAX_ROUNDS_PER_FUNCTION) continue;
      this.rounds.set(key, n);
      this.evaluate(this.byKey.get(key)!);
    }
    return dedupe([...this.hitsOf.values()].flat());
  }

  private evaluate(entry: Entry): void {
    const found: Hit[] = [];
    this.hitsOf.set(entry.key, found);
    const summary = new FunctionEvaluator(entry.file, entry.fn, this.envFor(entry, found)).run();
    this.summaries.set(entry.key, summary);
    const size = summarySize(summary);
    if (size === this.sizes.get(entry.key)) return;
    this.sizes.set(entry.key, size);
    for (const caller of this.callers.get(entry.key) ?? []) this.requeue(caller);
  }

  private envFor(entry: Entry, found: Hit[]): EvalEnv {
    return {
      project: this.project,
      summaryOf: (k) => this.summaries.get(k),
      onHit: (hit) => found.push(hit),
      onCall: (callee) => {
        let set = this.callers.get(callee);
        if (!set) this.callers.set(callee, (set = new Set()));
        set.add(entry.key);
      },
      globals: () => this.globals.get(entry.file.path) ?? new Map(),
      onGlobals: (names) => this.storeGlobals(entry, names),
      fields: () => this.fields.get(classKey(entry)) ?? new Map(),
      onFields: (written) => this.storeFields(entry, written),
    };
  }

  private storeGlobals(entry: Entry, names: Map<string, Val>): void {
    const known = this.globals.get(entry.file.path);
    const grew = !known || [...names].some(([n, v]) => (known.get(n)?.length ?? 0) < v.length);
    this.globals.set(entry.file.path, names);
    if (grew) for (const f of this.functionsOf.get(entry.file.path) ?? []) if (f !== entry.key) this.requeue(f);
  }

  private storeFields(entry: Entry, written: Map<string, Val>): void {
    const cls = classKey(entry);
    const known = this.fields.get(cls) ?? new Map<string, Val>();
    let grew = false;
    for (const [field, v] of written) {
      const before = known.get(field) ?? [];
      const after = join(before, v);
      if (after.length !== before.length) grew = true;
      known.set(field, after);
    }
    this.fields.set(cls, known);
    if (grew) for (const m of this.methodsOf.get(cls) ?? []) if (m !== entry.key) this.requeue(m);
  }

  private requeue(key: string): void {
    if (this.queued.has(key)) return;
    this.queued.add(key);
    this.queue.push(key);
  }
}

function classKey(entry: Entry): string {
  return `${entry.file.path}:${entry.fn.cls}`;
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** One hit per sink site and kind: the one with the shortest path. */
function dedupe(all: Hit[]): Hit[] {
  const hits = new Map<string, Hit>();
  for (const hit of all) {
    const id = `${hit.path}:${hit.site.l}:${hit.site.c}:${hit.use.kind}`;
    const old = hits.get(id);
    if (!old || hit.steps.length < old.steps.length) hits.set(id, hit);
  }
  return [...hits.values()];
}
