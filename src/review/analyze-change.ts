// Analyses whole files, then splits findings into the change's own (diff filter) and pre-existing ones, and picks
// those that can take a line comment.
import { createAnalyzer } from '../analysis/engine.js';
import { compareFindings, scanSources, type ScanResult } from '../analysis/scan.js';
import type { Finding, Rule, RuleMeta } from '../analysis/rule.js';
import { commentable, inDiff, parsePatch, type FileDiffLines } from '../analysis/diff-filter.js';
import { resolveRules } from '../config/resolve-rules.js';
import type { SentinelConfig } from '../config/schema.js';
import type { CollectedSources } from './collect-sources.js';

export interface ChangeAnalysis {
  result: ScanResult;
  newFindings: Finding[];
  preExisting: number;
  /** New findings that lie inside one hunk, so a line comment can go on them. */
  commentable: Finding[];
  /** Files GitHub sent no patch for: their findings count as new but cannot take a comment. */
  withoutPatch: string[];
}

/** What the dependency review adds to the code review (findings on manifest lines, their rules' metadata, notes). */
export interface DependencyAddition {
  findings: Finding[];
  metas: RuleMeta[];
  notes: string[];
}

export async function analyzeChange(
  rules: readonly Rule[], config: SentinelConfig, collected: CollectedSources, dependencies?: DependencyAddition,
): Promise<ChangeAnalysis> {
  const resolved = resolveRules(rules, config);
  const analyzer = await createAnalyzer(resolved.rules, resolved.options);
  const result = withDependencies(scanSources(analyzer, collected.sources, collected.skipped), dependencies);
  const diffs = new Map<string, FileDiffLines>();
  const withoutPatch: string[] = [];
  for (const [path, patch] of collected.patches) {
    if (patch === undefined) withoutPatch.push(path);
    else diffs.set(path, parsePatch(patch));
  }
  const noPatch = new Set(withoutPatch);
  const isNew = (f: Finding) => noPatch.has(f.path) || inDiff(f, diffs, config.filter);
  const newFindings = result.findings.filter(isNew);
  return {
    result,
    newFindings,
    preExisting: result.findings.length - newFindings.length,
    commentable: newFindings.filter((f) => !noPatch.has(f.path) && commentable(f, diffs)),
    withoutPatch,
  };
}

/** The dependency rules' metadata joins `rules` so every report and comment can explain their findings. */
function withDependencies(result: ScanResult, dependencies: DependencyAddition | undefined): ScanResult {
  if (!dependencies) return result;
  const known = new Set(result.rules.map((r) => r.id));
  return {
    ...result,
    rules: [...result.rules, ...dependencies.metas.filter((m) => !known.has(m.id))],
    findings: [...result.findings, ...dependencies.findings].sort(compareFindings),
    notes: [...result.notes, ...dependencies.notes],
  };
}
