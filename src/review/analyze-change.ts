// Analyses whole files, then splits findings into the change's own (diff filter) and pre-existing ones, and picks
// those that can take a line comment.
import type { FileResult } from '../analysis/file-result.js';
import { SUPPRESSION_WITHOUT_REASON } from '../analysis/builtin-meta.js';
import { assembleScanResult, compareFindings, type ScanResult, type SourceFile } from '../analysis/scan.js';
import type { Finding, Rule, RuleMeta } from '../analysis/rule.js';
import { fingerprint } from '../analysis/fingerprint.js';
import { applyProfile } from '../analysis/profile.js';
import { commentable, inDiff, parsePatch, type FileDiffLines } from '../analysis/diff-filter.js';
import { resolveRules } from '../config/resolve-rules.js';
import type { SentinelConfig } from '../config/schema.js';
import type { FileAnalyzer } from '../scan/file-analyzer.js';
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

/** Fetches unchanged modules the analysed files import (data-flow context); see context-modules.ts. */
export type ContextFetcher = (analysed: readonly FileResult[]) => Promise<SourceFile[]>;

export interface ChangeRequest {
  /** Where files are analysed (the App's worker pool; see src/scan/file-analyzer.ts). */
  files: FileAnalyzer;
  rules: readonly Rule[];
  config: SentinelConfig;
  collected: CollectedSources;
  dependencies?: DependencyAddition;
  fetchContext?: ContextFetcher;
  /** Aborted when the review is abandoned (timeout): its files still queued give their workers back. */
  signal?: AbortSignal;
}

export async function analyzeChange(request: ChangeRequest): Promise<ChangeAnalysis> {
  const { files, rules, config, collected, dependencies, fetchContext, signal } = request;
  const started = performance.now();
  const own = await files.analyze({ files: collected.sources, rules, config, ...(signal ? { signal } : {}) });
  // Each file's data-flow facts depend on that file alone, so the context modules are analysed on their own and
  // join the PR's files in one project-wide solve (files.solve); only the PR's files report.
  const context = fetchContext ? await fetchContext(own.results) : [];
  const extra = context.length ? await files.analyze({ files: context, rules, config, ...(signal ? { signal } : {}) }) : { results: [], skipped: [] };
  const metas = [...resolveRules(rules, config).rules.map((r) => r.meta), SUPPRESSION_WITHOUT_REASON];
  // The solve, too, runs in a worker: on a large pull request it takes seconds the event loop cannot spare.
  const solved = await files.solve([...own.results, ...extra.results], metas, config);
  let scanned = assembleScanResult(
    solved, [...collected.skipped, ...own.skipped], metas, performance.now() - started,
    extra.skipped.map((s) => `Context module ${s.path} (unchanged, imported by the change) was not used: ${s.reason}.`),
  );
  if (context.length) {
    const contextPaths = new Set(context.map((c) => c.path));
    scanned = withoutContextFindings(scanned, contextPaths, new Map(collected.sources.map((f) => [f.path, f.content])));
  }
  // Audit notes (no evidence) never become line comments or count for the check under the default profile.
  const result = applyProfile(withDependencies(scanned, dependencies), config.profile);
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

/**
 * Drops what the context modules report on their own, but keeps data flows that start in the pull request and end
 * in a context module: those are re-anchored on the last step inside a changed file (the new call that completes
 * the flow), where a reviewer can see and comment on them.
 */
function withoutContextFindings(result: ScanResult, context: ReadonlySet<string>, changed: ReadonlyMap<string, string>): ScanResult {
  const keep = (f: Finding) => !context.has(f.path);
  const files = result.files.filter((f) => !context.has(f.path));
  const reanchored = result.findings.filter((f) => context.has(f.path)).map((f) => reanchor(f, changed)).filter((f): f is Finding => !!f);
  return {
    ...result,
    files,
    findings: [...result.findings.filter(keep), ...reanchored].sort(compareFindings),
    suppressed: result.suppressed.filter((s) => keep(s.finding)),
    errors: result.errors.filter((e) => !context.has(e.path)),
    notes: [...result.notes, `Data flow followed into ${context.size} unchanged module(s) the changed files import: ${[...context].sort().join(', ')}.`],
    stats: { ...result.stats, files: files.length, lines: files.reduce((n, f) => n + f.lines, 0) },
  };
}

function reanchor(finding: Finding, changed: ReadonlyMap<string, string>): Finding | undefined {
  const step = [...(finding.flow ?? [])].reverse().find((s) => s.path !== undefined && changed.has(s.path));
  if (!step?.path) return undefined;
  const lineText = changed.get(step.path)!.split(/\r?\n/)[step.line - 1] ?? '';
  const { fix: _editsInTheContextFile, ...rest } = finding; // its offsets belong to the other file
  return {
    ...rest,
    path: step.path,
    line: step.line,
    column: step.column,
    endLine: step.line,
    endColumn: Math.max(step.column + 1, lineText.length + 1),
    message: `${finding.message} (the sink is in ${finding.path}:${finding.line}, reached from here)`,
    snippet: lineText,
    fingerprint: fingerprint(finding.ruleId, step.path, `${lineText}\0${finding.path}:${finding.snippet}`, 0),
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
