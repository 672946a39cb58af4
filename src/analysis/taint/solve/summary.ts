// Per-function summaries: which parameters reach the return value, which reach which sink, and which sources
// the function returns on its own. Applied at every call site instead of re-analysing the callee.
import type { FlowStep } from '../../rule.js';
import type { SinkSite, SinkUse } from '../ir.js';
import type { Origin } from './value.js';

export interface ParamFlow {
  param: number;
  cleared: number;
  norm?: boolean;
  steps: FlowStep[];
}

export interface SinkFlow extends ParamFlow {
  use: SinkUse;
  site: SinkSite;
  /** File of the sink (it may be another module than the caller's). */
  path: string;
}

export interface Summary {
  returns: ParamFlow[];
  /** Sources the function returns by itself (`def name(): return request.args["n"]`). */
  returnsSources: Origin[];
  sinks: SinkFlow[];
  /** Parameters a true result proves safe for `clears` (`def is_safe(u): return u in ALLOWED`): a guard where called. */
  guards: { param: number; clears: number }[];
  /** Parameters safe for `clears` whenever the function returns normally (it raises or aborts otherwise). */
  validates: { param: number; clears: number }[];
}

export function emptySummary(): Summary {
  return { returns: [], returnsSources: [], sinks: [], guards: [], validates: [] };
}

/** A cheap fingerprint to detect that a summary grew during the fixpoint. */
export function summarySize(s: Summary): string {
  const r = s.returns
    .map((p) => `${p.param}/${p.cleared}`)
    .sort()
    .join(',');
  const src = s.returnsSources
    .map((o) => `${o.id}/${o.cleared}`)
    .sort()
    .join(',');
  const k = s.sinks
    .map((p) => `${p.param}/${p.cleared}/${p.site.l}/${p.use.kind}`)
    .sort()
    .join(',');
  const g = [
    ...s.guards.map((p) => `g${p.param}/${p.clears}`),
    ...s.validates.map((p) => `v${p.param}/${p.clears}`),
  ].join(',');
  return `${r}|${src}|${k}|${g}`;
}
