// The one scan every caller runs, the CLI over a tree and the App over a pull request: the files through the file
// analyzer (workers or this thread), the data-flow context modules, one project-wide solve, the rules' metadata,
// the dependency review's findings, and one ScanResult sorted once. Profiles and diff filters are the callers'.
import { SUPPRESSION_WITHOUT_REASON } from '../analysis/builtin-meta.js';
import type { FileResult } from '../analysis/file-result.js';
import type { Finding, Rule, RuleMeta } from '../analysis/rule.js';
import {
  assembleScanResult,
  compareFindings,
  type ScanResult,
  type SkippedFile,
  type SourceFile,
} from '../analysis/scan.js';
import { resolveRules } from '../config/resolve-rules.js';
import type { SentinelConfig } from '../config/schema.js';
import { withoutContextFindings } from './context-findings.js';
import type { FileAnalyzer } from './file-analyzer.js';

/** What the dependency review adds to the code review (findings on manifest lines, their rules' metadata, notes). */
export interface DependencyAddition {
  findings: Finding[];
  metas: RuleMeta[];
  notes: string[];
}

/** Fetches unchanged modules the analysed files import (data-flow context); see src/review/context-modules.ts. */
export type ContextFetcher = (analysed: readonly FileResult[]) => Promise<SourceFile[]>;

export interface ScanJob {
  /** Where files are analysed and the data flow is solved (src/scan/file-analyzer.ts). */
  analyzer: FileAnalyzer;
  rules: readonly Rule[];
  config: SentinelConfig;
  sources: readonly SourceFile[];
  /** Files the caller could not read or would not analyse, with the reason. */
  skipped?: readonly SkippedFile[];
  /** Data-flow context: unchanged modules analysed for the solve only; their own findings are not reported. */
  fetchContext?: ContextFetcher;
  /** The dependency review's addition, or a function of the analysed files' results (read after the analysis). */
  dependencies?: DependencyAddition | ((analysed: readonly FileResult[]) => Promise<DependencyAddition>);
  /** Notes for the reader, first in the result's notes. */
  notes?: readonly string[];
  /** `performance.now()` when the caller's work began (the CLI counts listing and reading files), default now. */
  started?: number;
  /** Called once per file done (progress bars). */
  onFile?: () => void;
  /** Abandons the files not yet started (the App's review timeout). */
  signal?: AbortSignal;
}

/** Metadata of every rule a scan under `config` can report with: the enabled rules and the built-in one. */
export function scanRuleMetas(rules: readonly Rule[], config: SentinelConfig): RuleMeta[] {
  return [...resolveRules(rules, config).rules.map((r) => r.meta), SUPPRESSION_WITHOUT_REASON];
}

/** Every finding of the scan (profile `audit`: the caller applies its profile and diff filter). */
export async function scan(job: ScanJob): Promise<ScanResult> {
  const { analyzer, rules, config, sources, fetchContext, signal } = job;
  const started = job.started ?? performance.now();
  const options = { rules, config, ...(job.onFile ? { onFile: job.onFile } : {}), ...(signal ? { signal } : {}) };
  const own = await analyzer.analyze({ files: sources, ...options });
  // Each file's data-flow facts depend on that file alone, so the context modules are analysed on their own and
  // join the scanned files in one project-wide solve; only the scanned files report.
  const context = fetchContext ? await fetchContext(own.results) : [];
  const extra = context.length
    ? await analyzer.analyze({ files: context, rules, config, ...(signal ? { signal } : {}) })
    : { results: [], skipped: [] };
  const metas = scanRuleMetas(rules, config);
  // The solve, too, runs in a worker when there are workers (on a large scan it takes seconds); this thread reviews
  // the dependencies meanwhile, from the analysed files alone, instead of after it.
  const solving = analyzer.solve([...own.results, ...extra.results], metas, config);
  const dependencies = await dependenciesBeside(job, own.results, solving);
  const solved = await solving;
  let result = assembleScanResult(
    solved,
    [...(job.skipped ?? []), ...own.skipped],
    metas,
    performance.now() - started,
    [
      ...(job.notes ?? []),
      ...extra.skipped.map(
        (s) => `Context module ${s.path} (unchanged, imported by the change) was not used: ${s.reason}.`,
      ),
    ],
  );
  if (context.length) {
    const contextPaths = new Set(context.map((c) => c.path));
    result = withoutContextFindings(result, contextPaths, new Map(sources.map((f) => [f.path, f.content])));
  }
  return withDependencies(result, dependencies);
}

/**
 * The job's dependency addition, computed while `solving` runs. When the review fails, the solve is waited for
 * before the failure is passed on, so neither leaves a rejection unhandled nor a worker busy behind the caller's back.
 */
async function dependenciesBeside(
  job: ScanJob,
  analysed: readonly FileResult[],
  solving: Promise<unknown>,
): Promise<DependencyAddition | undefined> {
  if (typeof job.dependencies !== 'function') return job.dependencies;
  // Handled here as well as by the caller's await: a solve that fails while the review runs is not "unhandled".
  solving.catch(() => undefined);
  try {
    return await job.dependencies(analysed);
  } catch (error) {
    await solving.catch(() => undefined);
    throw error;
  }
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
