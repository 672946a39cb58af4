// The result cache between the scanners and the analysis (src/scan/): per-file results (findings, suppressions,
// the data-flow IR the project-wide solve reads) by file key, and each solve's outcome by the keys of all its
// files. A file's result depends on that file alone (see src/analysis/taint/README.md), so an unchanged file is
// never re-analysed; the solve re-runs whenever any file's key changes, so a changed summary reaches every file
// that imports it, and a cached solve is reused only for exactly the same files.
import type { FileResult } from '../analysis/file-result.js';
import type { RuleMeta } from '../analysis/rule.js';
import type { SourceFile } from '../analysis/scan.js';
import type { AnalysisJob, FileAnalyzer, FileBatch } from '../scan/file-analyzer.js';
import { registryIdsOf } from '../scan/build-analyzer.js';
import { fileKey, setupKey, solveKey } from './cache-keys.js';
import { isFileResult, type ResultStore } from './result-store.js';

export interface CacheStats {
  hits: number;
  misses: number;
  solveHits: number;
  solveMisses: number;
}

type Solve = (files: FileResult[]) => Promise<FileResult[]>;

export class ResultCache {
  readonly stats: CacheStats = { hits: 0, misses: 0, solveHits: 0, solveMisses: 0 };
  /** The key each result was analysed (or found) under; only results with a key can take part in a cached solve. */
  private readonly keyOf = new WeakMap<FileResult, string>();

  constructor(readonly store: ResultStore) {}

  /** Per-file results: cached ones from the store, the others from `analyze` (then stored). */
  async analyze(job: AnalysisJob, analyze: (job: AnalysisJob) => Promise<FileBatch>): Promise<FileBatch> {
    const setup = setupOf(job);
    if (!setup) return analyze(job);
    const hits: FileResult[] = [];
    const misses: SourceFile[] = [];
    const keys = new Map<string, string>();
    for (const file of job.files) {
      const key = fileKey(setup, file.path, file.content);
      keys.set(file.path, key);
      const cached = this.store.get(key);
      if (isFileResult(cached, file.path)) {
        this.keyOf.set(cached, key);
        hits.push(cached);
        job.onFile?.();
      } else {
        misses.push(file);
      }
    }
    this.stats.hits += hits.length;
    this.stats.misses += misses.length;
    const fresh = misses.length ? await analyze({ ...job, files: misses }) : { results: [], skipped: [] };
    for (const result of fresh.results) {
      const key = keys.get(result.path);
      // A result with an internal error may depend on timing (a query over its time limit): never cached.
      if (!key || result.errors.length) continue;
      this.keyOf.set(result, key);
      this.store.set(key, result);
    }
    return { results: [...hits, ...fresh.results], skipped: fresh.skipped };
  }

  /** The project-wide solve over `files`, reused when every file is the same as in a cached solve. */
  async solve(files: FileResult[], rules: readonly RuleMeta[], solve: Solve): Promise<FileResult[]> {
    const inPathOrder = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const keys = inPathOrder.map((f) => this.keyOf.get(f));
    if (keys.some((k) => k === undefined)) return solve(files);
    const key = solveKey(
      keys as string[],
      rules.map((r) => r.id),
    );
    const byPath = new Map(inPathOrder.map((f) => [f.path, f]));
    const cached = solvedChanges(this.store.get(key), byPath);
    if (cached) {
      this.stats.solveHits++;
      return inPathOrder.map((f) => cached.get(f.path) ?? f);
    }
    this.stats.solveMisses++;
    const solved = await solve(files);
    // Only what the solve changed is stored (the data-flow findings merged into a few files).
    const changed = solved.filter((f) => byPath.get(f.path) !== f);
    const failed = changed.some((f) => f.errors.length > (byPath.get(f.path)?.errors.length ?? 0));
    if (!failed) this.store.set(key, { changed });
    return solved;
  }

  flush(): void {
    this.store.flush();
  }
}

/** A FileAnalyzer that asks `cache` first: the App wraps its worker pool in one (with a memory store). */
export function withResultCache(inner: FileAnalyzer, cache: ResultCache): FileAnalyzer {
  return {
    mode: inner.mode,
    analyze: (job) => cache.analyze(job, (misses) => inner.analyze(misses)),
    solve: (files, rules, config) => cache.solve(files, rules, (all) => inner.solve(all, rules, config)),
    warm: () => inner.warm(),
    close: () => inner.close(),
  };
}

/** The set-up key of a job, or undefined when its rules are not all the registry's (their code is not fingerprinted). */
function setupOf(job: AnalysisJob): string | undefined {
  try {
    return setupKey(job.config, registryIdsOf(job.rules));
  } catch {
    return undefined;
  }
}

/** A cached solve's changed files by path, or undefined when the entry is missing or does not fit these files. */
function solvedChanges(entry: unknown, byPath: ReadonlyMap<string, FileResult>): Map<string, FileResult> | undefined {
  if (typeof entry !== 'object' || entry === null || !Array.isArray((entry as { changed?: unknown }).changed))
    return undefined;
  const out = new Map<string, FileResult>();
  for (const file of (entry as { changed: unknown[] }).changed) {
    const path = (file as { path?: unknown } | null)?.path;
    if (typeof path !== 'string' || !byPath.has(path) || !isFileResult(file, path)) return undefined;
    out.set(path, file);
  }
  return out;
}
