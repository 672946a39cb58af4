// The project-wide step: evaluates every extracted function to a fixpoint of summaries (a worklist over the
// call graph, bounded so recursion terminates) and collects every source that reaches a sink.
import type { FileIR } from '../ir.js';
import { FunctionEvaluator, type Hit } from './evaluate.js';
import { Project } from './project.js';
import { summarySize, type Summary } from './summary.js';
import { join, type Val } from './value.js';

/** Each function is re-evaluated at most this many times (summaries only grow, so this only caps recursion). */
const MAX_ROUNDS_PER_FUNCTION = 6;

export function solve(files: readonly FileIR[]): Hit[] {
  const project = new Project(files);
  const summaries = new Map<string, Summary>();
  const sizes = new Map<string, string>();
  const callers = new Map<string, Set<string>>();
  const rounds = new Map<string, number>();
  // Hits of each function's latest evaluation only: an early one may predate a callee's summary.
  const hitsOf = new Map<string, Hit[]>();
  const entries = [...project.functions()];
  const byKey = new Map(entries.map((e) => [e.key, e]));
  const queue = entries.map((e) => e.key);
  // Fields of each class (file + class name) and the methods that read them.
  const fields = new Map<string, Map<string, Val>>();
  const methodsOf = new Map<string, string[]>();
  for (const e of entries) {
    if (!e.fn.cls) continue;
    const cls = `${e.file.path}:${e.fn.cls}`;
    methodsOf.set(cls, [...(methodsOf.get(cls) ?? []), e.key]);
  }
  const globals = new Map<string, Map<string, Val>>();
  const functionsOf = new Map<string, string[]>();
  for (const e of entries) functionsOf.set(e.file.path, [...(functionsOf.get(e.file.path) ?? []), e.key]);
  const requeue = (key: string) => {
    if (!queued.has(key)) {
      queued.add(key);
      queue.push(key);
    }
  };
  const queued = new Set(queue);
  while (queue.length) {
    const key = queue.shift()!;
    queued.delete(key);
    const entry = byKey.get(key)!;
    const n = (rounds.get(key) ?? 0) + 1;
    if (n > MAX_ROUNDS_PER_FUNCTION) continue;
    rounds.set(key, n);
    const found: Hit[] = [];
    hitsOf.set(key, found);
    const summary = new FunctionEvaluator(entry.file, entry.fn, {
      project,
      summaryOf: (k) => summaries.get(k),
      onHit: (hit) => found.push(hit),
      globals: () => globals.get(entry.file.path) ?? new Map(),
      onGlobals: (names) => {
        const known = globals.get(entry.file.path);
        const grew = !known || [...names].some(([n, v]) => (known.get(n)?.length ?? 0) < v.length);
        globals.set(entry.file.path, names);
        if (grew) for (const f of functionsOf.get(entry.file.path) ?? []) if (f !== key) requeue(f);
      },
      fields: () => fields.get(`${entry.file.path}:${entry.fn.cls}`) ?? new Map(),
      onFields: (written) => {
        const cls = `${entry.file.path}:${entry.fn.cls}`;
        const known = fields.get(cls) ?? new Map<string, Val>();
        let grew = false;
        for (const [field, v] of written) {
          const before = known.get(field) ?? [];
          const after = join(before, v);
          if (after.length !== before.length) grew = true;
          known.set(field, after);
        }
        fields.set(cls, known);
        if (grew) for (const m of methodsOf.get(cls) ?? []) if (m !== key) requeue(m);
      },
      onCall: (callee) => {
        let set = callers.get(callee);
        if (!set) callers.set(callee, (set = new Set()));
        set.add(key);
      },
    }).run();
    summaries.set(key, summary);
    const size = summarySize(summary);
    if (size === sizes.get(key)) continue;
    sizes.set(key, size);
    for (const caller of callers.get(key) ?? []) requeue(caller);
  }
  return dedupe([...hitsOf.values()].flat());
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
