// Declares a data-flow rule: ordinary metadata plus the sink kinds it owns; its findings come from the solver.
import { defineRule, type Rule, type RuleMeta, type TaintSpec } from '../rule.js';
import type { SinkKind } from './kinds.js';

export interface TaintRuleMeta extends Omit<RuleMeta, 'taint'> {
  taint: TaintSpec & { sinks: readonly SinkKind[] };
}

/** A rule whose visitor is empty: the taint pass extracts the file and scan.ts reports through the solver. */
export function defineTaintRule(meta: TaintRuleMeta): Rule {
  return defineRule({
    meta,
    defaultOptions: { localSources: false },
    create: () => ({}),
  });
}
