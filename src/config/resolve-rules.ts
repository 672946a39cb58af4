// Applies a config's rule settings to a rule set: disabled ids/aliases removed, severity and options passed on.
import type { AnalyzerOptions } from '../analysis/analyzer.js';
import type { Rule } from '../analysis/rule.js';
import type { SentinelConfig } from './schema.js';

export function resolveRules(
  rules: readonly Rule[],
  config: SentinelConfig,
): { rules: Rule[]; options: AnalyzerOptions } {
  const disabled = new Set(config.rules.disable.map((d) => d.toUpperCase()));
  const names = (r: Rule) => [r.meta.id, ...(r.meta.aliases.bandit ?? []), ...(r.meta.aliases.ruff ?? [])];
  const enabled = rules.filter((r) => !names(r).some((n) => disabled.has(n.toUpperCase())));
  return { rules: enabled, options: { severity: config.rules.severity, ruleOptions: config.rules.options } };
}
