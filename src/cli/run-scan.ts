// The scan pipeline of the CLI: config → files → the scan the App runs too (src/scan/scan.ts: worker pool, data
// flow, dependency findings) → one ScanResult, optionally narrowed to the lines changed since a git ref.
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join, relative, sep } from 'node:path';
import { RULES } from '../../rules/index.js';
import { inDiff } from '../analysis/diff-filter.js';
import { applyProfile, type ProfileId } from '../analysis/profile.js';
import type { Finding } from '../analysis/rule.js';
import type { ScanResult } from '../analysis/scan.js';
import { CACHE_DIR_NAME, DiskStore } from '../cache/disk-store.js';
import { ResultCache, withResultCache, type CacheStats } from '../cache/result-cache.js';
import { untrustedCacheFolder } from '../cache/cache-folder.js';
import { pathFilter } from '../config/paths.js';
import type { SentinelConfig } from '../config/schema.js';
import { explicitRoot, listFiles, readFiles, resolveTargets, scanRoot } from './collect-files.js';
import { loadConfigFile } from './config-file.js';
import { scanDependencies, withPhantomImports } from './dependency-scan.js';
import { changedLines } from './git-diff.js';
import { createProgress } from './progress.js';
import type { DependencyInventory } from '../report/dependency-inventory.js';
import { trackedButSkipped } from './tracked-skips.js';
import { toolVersion } from './version.js';
import { createFileAnalyzer, type FileAnalyzer } from '../scan/file-analyzer.js';
import { scan, type ScanJob } from '../scan/scan.js';
import { withBaselineFiles, withLedger, type TriageFiles } from './triage-files.js';

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
  /**
   * The result cache (src/cache/): present = on, in `dir` (default `<root>/.sentinelpy-cache`). The CLI turns it
   * on unless `--no-cache`; library callers and tests get none unless they ask.
   */
  cache?: { dir?: string };
  /** The folder paths are relative to (default: the deepest folder holding every path). */
  root?: string;
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
  /** What the result cache saved, when it was on. */
  cache?: CacheStats;
}

function threadsFor(files: number, jobs: number | undefined): number {
  if (jobs !== undefined) return jobs;
  return Math.max(1, Math.min(availableParallelism(), Math.ceil(files / WORKER_THRESHOLD)));
}

/**
 * Every finding of the code and dependency review (src/scan/scan.ts, the App's scan too). Even one thread is a
 * worker, so the per-file budget holds for small scans too (a worker costs ~0.1 s to start), and so does the
 * solve's (a solve that runs out of it makes the scan incomplete instead of hanging); `--jobs 0` is the explicit
 * request for the unbudgeted main-thread path. With a result cache, unchanged files and an unchanged project are
 * not analysed again.
 */
async function scanWithProgress(
  job: Omit<ScanJob, 'analyzer' | 'rules' | 'onFile'>,
  pool: FileAnalyzer,
  progress: boolean,
  cache: ResultCache | undefined,
): Promise<ScanResult> {
  const bar = createProgress(job.sources.length, process.stderr, progress);
  const analyzer = cache ? withResultCache(pool, cache) : pool;
  try {
    return await scan({ ...job, analyzer, rules: RULES, onFile: () => bar.advance(1) });
  } finally {
    bar.done();
  }
}

export async function runScan(request: ScanRequest): Promise<ScanOutcome> {
  const started = performance.now();
  const targets = resolveTargets(request.paths);
  const root = request.root !== undefined ? explicitRoot(request.root, targets) : scanRoot(targets);
  const { config } = loadConfigFile(request.config, root);
  const diffs = request.diff !== undefined ? await changedLines(root, request.diff) : undefined;
  // Every file is analysed even with --diff: the data-flow analysis needs the unchanged modules' summaries to
  // follow input from them into changed lines. Findings are filtered afterwards.
  const files = listFiles(root, targets, config);
  const cacheDir = request.cache ? (request.cache.dir ?? join(root, CACHE_DIR_NAME)) : undefined;
  const distrust = cacheDir ? await untrustedCacheFolder(cacheDir) : undefined;
  const store = cacheDir && !distrust ? new DiskStore(cacheDir) : undefined;
  const pool = createFileAnalyzer({ threads: threadsFor(files.length, request.jobs), oneScan: true });
  // A scan without cached results analyses every file: its workers load (modules, WebAssembly: ~0.5 s) while the
  // files are read and the manifests reviewed, instead of after. A re-scan starts them only for what changed.
  if (files.length > 0 && !store?.hasEntries()) pool.warm();
  try {
    return await scanFiles(request, { started, targets, root, config, diffs, files, store, distrust, pool });
  } finally {
    await pool.close();
  }
}

/** What runScan settled before reading any file: where, under which config, and the pool that will analyse. */
interface Listed {
  started: number;
  targets: string[];
  root: string;
  config: SentinelConfig;
  diffs: Awaited<ReturnType<typeof changedLines>> | undefined;
  files: string[];
  store: DiskStore | undefined;
  /** Why the cache folder is not trusted, when it is not. */
  distrust: string | undefined;
  pool: FileAnalyzer;
}

async function scanFiles(request: ScanRequest, listed: Listed): Promise<ScanOutcome> {
  const { started, targets, root, config, diffs, files, store, distrust, pool } = listed;
  const { sources, skipped } = readFiles(root, files, config.limits.maxFileBytes);
  const cache = store ? new ResultCache(store) : undefined;
  const relativeTargets = targets.map((t) => relative(root, t).split(sep).join('/'));
  const folders = relativeTargets.filter((_, i) => statSync(targets[i]!).isDirectory());
  const tracked = await trackedButSkipped(root, folders, new Set(files), pathFilter(config));
  const deps = await scanDependencies(root, relativeTargets, config, {
    offline: request.offline ?? false,
    projectName: basename(root),
    toolVersion: toolVersion(),
  });
  const notes = diffs
    ? [`Only findings on lines changed since ${request.diff} are reported (${diffs.size} changed file(s)).`]
    : [];
  if (distrust)
    notes.push(`The result cache was not used: ${distrust} (a cache that comes with the code could hide findings).`);
  let result = await scanWithProgress(
    {
      config,
      sources,
      skipped: [...skipped, ...tracked],
      notes,
      started,
      ...(deps.manifests > 0 ? { dependencies: withPhantomImports(deps, sources, basename(root)) } : {}),
    },
    pool,
    request.progress,
    cache,
  );
  cache?.flush();
  if (diffs) {
    const changed = (f: Finding) => inDiff(f, diffs, 'added');
    result = {
      ...result,
      findings: result.findings.filter(changed),
      auditNotes: result.auditNotes.filter(changed),
      merged: (result.merged ?? []).filter(changed),
    };
  }
  result = applyProfile(result, request.profile ?? config.profile);
  // Dismissed findings first, so a baseline written now does not list what the ledger already covers.
  result = withBaselineFiles(withLedger(result, root, request.now ?? new Date()), request.triage ?? {});
  // Manifest texts join the sources: the report renders a vulnerable pin's upgrade as a diff of its line.
  const texts = new Map([...sources, ...deps.sources].map((s) => [s.path, s.content]));
  return {
    root,
    config,
    result,
    sources: texts,
    ...(deps.inventory ? { dependencies: deps.inventory } : {}),
    ...(cache ? { cache: cache.stats } : {}),
  };
}
