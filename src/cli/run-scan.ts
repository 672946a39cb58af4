// The scan pipeline of the CLI: config → files → analysis (worker pool, src/scan/) → one ScanResult, optionally
// narrowed to the lines changed since a git ref.
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, relative, sep } from 'node:path';
import { RULES } from '../../rules/index.js';
import { SUPPRESSION_WITHOUT_REASON } from '../analysis/builtin-meta.js';
import { inDiff } from '../analysis/diff-filter.js';
import { applyProfile, type ProfileId } from '../analysis/profile.js';
import type { Finding } from '../analysis/rule.js';
import { buildScanResult, compareFindings, type ScanResult, type SourceFile } from '../analysis/scan.js';
import { pathFilter } from '../config/paths.js';
import type { SentinelConfig } from '../config/schema.js';
import { resolveRules } from '../config/resolve-rules.js';
import { listFiles, readFiles, resolveTargets, scanRoot } from './collect-files.js';
import { loadConfigFile } from './config-file.js';
import { scanDependencies, type DependencyOutcome } from './dependency-scan.js';
import { changedLines } from './git-diff.js';
import { createProgress } from './progress.js';
import type { DependencyInventory } from '../report/dependency-inventory.js';
import { trackedButSkipped } from './tracked-skips.js';
import { toolVersion } from './version.js';
import { withBaselineFiles, withLedger, type TriageFiles } from './triage-files.js';
import { createFileAnalyzer, type FileBatch } from '../scan/file-analyzer.js';

/** More workers pay off only past this many files each (each worker parses the grammar and builds the rules once). */
export const WORKER_THRESHOLD = 64;

export interface ScanRequest {
  paths: string[];
  config?: string;
  diff?: string;
  jobs?: number;
  progress: boolean;
  /** No network: the dependency review skips its OSV vulnerability lookup. */
  offline?: boolean;
  /** Overrides the config's profile. */
  profile?: ProfileId;
  /** `--baseline` / `--write-baseline`. */
  triage?: TriageFiles;
  /** Today, for ledger expiry (tests pin it). */
  now?: Date;
}

export interface ScanOutcome {
  root: string;
  config: SentinelConfig;
  result: ScanResult;
  /** File text by scan-relative path (reports render autofixes as diffs of it). */
  sources: Map<string, string>;
  /** The dependency review's inventory, when the scan found manifests. */
  dependencies?: DependencyInventory;
}

function threadsFor(files: number, jobs: number | undefined): number {
  if (jobs !== undefined) return jobs;
  return Math.max(1, Math.min(availableParallelism(), Math.ceil(files / WORKER_THRESHOLD)));
}

/**
 * Per-file results for every source. Even one thread is a worker, so the per-file budget holds for small scans
 * too (a worker costs ~0.1 s to start); `--jobs 0` is the explicit request for the unbudgeted main-thread path.
 */
async function analyze(sources: SourceFile[], config: SentinelConfig, threads: number, progress: boolean): Promise<FileBatch> {
  const bar = createProgress(sources.length, process.stderr, progress);
  const analyzer = createFileAnalyzer({ threads });
  try {
    return await analyzer.analyze({ files: sources, rules: RULES, config, onFile: () => bar.advance(1) });
  } finally {
    bar.done();
    await analyzer.close();
  }
}

/** Adds the dependency review to the code review: its findings, the metadata of its rules, its notes. */
function withDependencies(result: ScanResult, deps: DependencyOutcome): ScanResult {
  if (deps.manifests === 0) return result;
  const ids = new Set(result.rules.map((r) => r.id));
  return {
    ...result,
    rules: [...result.rules, ...deps.metas.filter((m) => !ids.has(m.id))],
    findings: [...result.findings, ...deps.findings].sort(compareFindings),
    notes: [...result.notes, ...deps.notes],
  };
}

export async function runScan(request: ScanRequest): Promise<ScanOutcome> {
  const started = performance.now();
  const targets = resolveTargets(request.paths);
  const root = scanRoot(targets);
  const { config } = loadConfigFile(request.config, root);
  const diffs = request.diff !== undefined ? await changedLines(root, request.diff) : undefined;
  // Every file is analysed even with --diff: the data-flow analysis needs the unchanged modules' summaries to
  // follow input from them into changed lines. Findings are filtered afterwards.
  const files = listFiles(root, targets, config);
  const { sources, skipped } = readFiles(root, files, config.limits.maxFileBytes);
  const { results, skipped: failed } = await analyze(sources, config, threadsFor(sources.length, request.jobs), request.progress);
  const relativeTargets = targets.map((t) => relative(root, t).split(sep).join('/'));
  const folders = relativeTargets.filter((_, i) => statSync(targets[i]!).isDirectory());
  const tracked = await trackedButSkipped(root, folders, new Set(files), pathFilter(config));
  const deps = await scanDependencies(root, relativeTargets, config, {
    offline: request.offline ?? false, projectName: basename(root), toolVersion: toolVersion(),
  });
  const metas = [...resolveRules(RULES, config).rules.map((r) => r.meta), SUPPRESSION_WITHOUT_REASON];
  const notes = diffs ? [`Only findings on lines changed since ${request.diff} are reported (${diffs.size} changed file(s)).`] : [];
  let result = withDependencies(buildScanResult(results, [...skipped, ...failed, ...tracked], metas, performance.now() - started, notes), deps);
  if (diffs) {
    const changed = (f: Finding) => inDiff(f, diffs, 'added');
    result = { ...result, findings: result.findings.filter(changed), auditNotes: result.auditNotes.filter(changed) };
  }
  result = applyProfile(result, request.profile ?? config.profile);
  // Dismissed findings first, so a baseline written now does not list what the ledger already covers.
  result = withBaselineFiles(withLedger(result, root, request.now ?? new Date()), request.triage ?? {});
  // Manifest texts join the sources: the report renders a vulnerable pin's upgrade as a diff of its line.
  const texts = new Map([...sources, ...deps.sources].map((s) => [s.path, s.content]));
  return { root, config, result, sources: texts, ...(deps.inventory ? { dependencies: deps.inventory } : {}) };
}
