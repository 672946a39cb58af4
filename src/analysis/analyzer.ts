// The analyzer's interface and options (and their one merge over a rule's defaults), shared by the engine, the composition (scan.ts) and its callers.
import type { FilePass } from './file-pass.js';
import type { FileResult } from './file-result.js';
import type { Rule, RuleMeta } from './rule.js';
import type { Severity } from './taxonomy.js';

export interface AnalyzerOptions {
  /** Per-rule options, merged over each rule's `defaultOptions`. */
  ruleOptions?: Record<string, Record<string, unknown>>;
  /** Severity overrides by rule id (from config). */
  severity?: Record<string, Severity>;
  /** Rethrow rule exceptions (fixture tests want the stack, users want the scan to go on). */
  rethrowRuleErrors?: boolean;
  /**
   * Give rules the binding's nodes even where a tree could be read from memory (flat-tree/): for the tests and
   * tools that check both kinds of node give the same results.
   */
  bindingNodes?: boolean;
  /** Extra per-file analyses run on the same tree (see FilePass). */
  passes?: readonly FilePass[];
  /**
   * When given, accumulates milliseconds per rule id (handlers and create) and per phase (`<parse>`, `<query>`,
   * `<dispatch>`, `<pass:id>`): ESLint's TIMING=1 for finding the rules that cost the most.
   */
  timing?: Map<string, number>;
}

export interface Analyzer {
  readonly rules: readonly Rule[];
  metaOf(ruleId: string): RuleMeta | undefined;
  analyze(path: string, source: string): FileResult;
}

/** One rule's options: the configured ones (`options.ruleOptions[id]`) over the rule's `defaultOptions`. */
export function mergedRuleOptions(rule: Rule, options: AnalyzerOptions): Record<string, unknown> {
  return { ...(rule.defaultOptions ?? {}), ...(options.ruleOptions?.[rule.meta.id] ?? {}) };
}
