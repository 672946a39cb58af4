// Builds the analyzer for a config from the rule registry, the same way on the main thread and in a worker
// (a worker cannot be sent rule functions, only their ids).
import { importsPass } from '../analysis/imports-pass.js';
import { RULES } from '../../rules/index.js';
import { createAnalyzer } from '../analysis/scan.js';
import type { Analyzer } from '../analysis/analyzer.js';
import type { Rule } from '../analysis/rule.js';
import { taintPassFor } from '../analysis/taint/setup.js';
import { resolveRules } from '../config/resolve-rules.js';
import type { SentinelConfig } from '../config/schema.js';
import { PHASE, RULE_BASE, trackedPass, trackedRules, type PhaseSlot } from './phases.js';

const REGISTRY_INDEX = new Map(RULES.map((r, i) => [r, i]));

/** The registry's rule ids, in registry order (phase codes index into it). */
export const REGISTRY_IDS: readonly string[] = RULES.map((r) => r.meta.id);

/**
 * The ids naming `rules` when they are a subset of the registry (so a worker can rebuild them), or `undefined` for
 * the whole registry. Throws for a rule that is not the registry's own object: it could not run in a worker.
 */
export function registryIdsOf(rules: readonly Rule[]): string[] | undefined {
  if (rules === RULES) return undefined;
  for (const rule of rules) {
    if (!REGISTRY_INDEX.has(rule))
      throw new Error(
        `rule ${rule.meta.id} is not in the rule registry (rules/index.ts): it cannot run in an analysis worker`,
      );
  }
  return rules.length === RULES.length ? undefined : rules.map((r) => r.meta.id);
}

export function registryRules(ruleIds: readonly string[] | undefined): Rule[] {
  if (!ruleIds) return [...RULES];
  const wanted = new Set(ruleIds);
  return RULES.filter((r) => wanted.has(r.meta.id));
}

/** The analyzer for `config` over `rules`; with a phase slot, every rule and the data-flow pass mark it. */
export async function buildAnalyzer(
  rules: readonly Rule[],
  config: SentinelConfig,
  slot?: PhaseSlot,
): Promise<Analyzer> {
  const resolved = resolveRules(rules, config);
  // Every scan keeps each file's imports (the dependency review's phantom-import check reads them, cached).
  if (!slot) return createAnalyzer(resolved.rules, { ...resolved.options, passes: [importsPass] });
  const taint = taintPassFor(resolved.rules, resolved.options);
  const codeOf = (rule: Rule) => {
    const index = REGISTRY_INDEX.get(rule);
    return index === undefined ? PHASE.dispatch : RULE_BASE + index;
  };
  const tracked = trackedRules(resolved.rules, codeOf, slot);
  return createAnalyzer(tracked, {
    ...resolved.options,
    passes: [importsPass, ...(taint ? [trackedPass(taint, slot)] : [])],
  });
}
