// Scans a pull request's files with the scan the CLI runs too (src/scan/scan.ts), then splits the findings into
// the change's own (diff filter) and pre-existing ones, and picks those that can take a line comment.
import type { ScanResult } from '../analysis/scan.js';
import type { Finding, Rule } from '../analysis/rule.js';
import { applyProfile } from '../analysis/profile.js';
import { commentable, inDiff, parsePatch, type FileDiffLines } from '../analysis/diff-filter.js';
import type { SentinelConfig } from '../config/schema.js';
import type { FileAnalyzer } from '../scan/file-analyzer.js';
import { scan, type ContextFetcher, type DependencyAddition } from '../scan/scan.js';
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

export type { ContextFetcher, DependencyAddition } from '../scan/scan.js';

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
  const scanned = await scan({
    analyzer: files,
    rules,
    config,
    sources: collected.sources,
    skipped: collected.skipped,
    ...(fetchContext ? { fetchContext } : {}),
    ...(dependencies ? { dependencies } : {}),
    ...(signal ? { signal } : {}),
  });
  // Audit notes (no evidence) never become line comments or count for the check under the default profile.
  const result = applyProfile(scanned, config.profile);
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
