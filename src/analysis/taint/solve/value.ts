// Taint values: the set of origins (a source, or a parameter of the function being summarised) a value may
// carry, each with the sinks it was already made safe for and the path it took.
import type { FlowStep } from '../../rule.js';
import type { SourceKind } from '../kinds.js';

export const MAX_STEPS = 12;

export interface SourceRef {
  kind: SourceKind;
  label: string;
  path: string;
  l: number;
  c: number;
  /** One route path segment: it cannot hold `/`, so it reaches at most the parent of the directory it joins. */
  segment?: boolean;
}

export interface Origin {
  /** `p<i>` for parameter i, `s:<path>:<line>:<col>` for a source. */
  id: string;
  param?: number;
  src?: SourceRef;
  /** Sink kinds (bit mask) this value was sanitised or checked for. */
  cleared: number;
  /** The value went through realpath/abspath, so a `startswith` check can confine it. */
  norm?: boolean;
  steps: FlowStep[];
}

/** A taint value: a small array of origins with distinct ids (empty = clean). */
export type Val = readonly Origin[];

export const CLEAN: Val = [];

export function join(a: Val, b: Val): Val {
  if (a.length === 0) return b;
  if (b.length === 0 || a === b) return a;
  const out = [...a];
  for (const o of b) {
    const i = out.findIndex((x) => x.id === o.id);
    if (i < 0) out.push(o);
    else {
      const x = out[i]!;
      const cleared = x.cleared & o.cleared;
      const norm = !!x.norm && !!o.norm;
      if (cleared !== x.cleared || norm !== !!x.norm)
        out[i] = { ...x, cleared, norm, steps: shorter(x.steps, o.steps) };
    }
  }
  return out;
}

export function joinAll(vals: Val[]): Val {
  return vals.reduce((acc, v) => join(acc, v), CLEAN);
}

function shorter(a: FlowStep[], b: FlowStep[]): FlowStep[] {
  return b.length < a.length ? b : a;
}

/** Adds a step to every origin's path (bounded: the first steps and the latest are what a reader needs). */
export function step(val: Val, s: FlowStep): Val {
  if (val.length === 0) return val;
  return val.map((o) => ({ ...o, steps: pushStep(o.steps, s) }));
}

export function pushStep(steps: FlowStep[], s: FlowStep): FlowStep[] {
  const last = steps[steps.length - 1];
  if (last && last.line === s.line && last.path === s.path && last.note === s.note) return steps;
  const next = [...steps, s];
  return next.length > MAX_STEPS ? [...next.slice(0, 2), ...next.slice(next.length - (MAX_STEPS - 2))] : next;
}

export function clear(val: Val, mask: number, normOnly = false): Val {
  if (val.length === 0 || mask === 0) return val;
  return val.map((o) => (normOnly && !o.norm ? o : { ...o, cleared: o.cleared | mask }));
}

export function normalised(val: Val): Val {
  return val.map((o) => (o.norm ? o : { ...o, norm: true }));
}
