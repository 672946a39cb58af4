// How the CLI and the App get per-file results: through the worker pool (isolated, budgeted), or on the calling
// thread when a caller asks for it explicitly (CLI `--jobs 0`) or when no compiled worker exists because the code
// runs from its TypeScript sources (the test suite; `npm run build` produces the worker). Either way every file
// ends up in `results` or in `skipped` with a reason, and the caller does one project-wide solve over all of them
// (solve(), budgeted in a worker too), whatever the partition.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FileResult } from '../analysis/file-result.js';
import type { Rule, RuleMeta } from '../analysis/rule.js';
import {
  analyzeEach,
  dataFlowInput,
  mergeDataFlow,
  solveDataFlow,
  type FileBatch,
  type SourceFile,
} from '../analysis/scan.js';
import { TAINT_PASS_ID } from '../analysis/taint/pass.js';
import type { SentinelConfig } from '../config/schema.js';
import { AnalysisPool, type PoolOptions } from './analysis-pool.js';
import { buildAnalyzer, registryIdsOf } from './build-analyzer.js';
import { budgetOf } from './job-budget.js';

export type { FileBatch } from '../analysis/scan.js';

export interface AnalysisJob {
  files: readonly SourceFile[];
  /** Registry rules (the worker rebuilds them by id); the in-thread path takes any rule. */
  rules: readonly Rule[];
  config: SentinelConfig;
  /** Called once per file done (progress bars). */
  onFile?: () => void;
  /** Abandons the files not yet started (the App's review timeout). */
  signal?: AbortSignal;
}

export interface FileAnalyzer {
  /** `workers`: files run in isolated, budgeted workers; `in-thread`: on the caller's thread, no budget. */
  readonly mode: 'workers' | 'in-thread';
  analyze(job: AnalysisJob): Promise<FileBatch>;
  /**
   * The project-wide data-flow solve over `files` (see solveDataFlow): in a worker under SOLVE_BUDGET_FILES ×
   * `limits.fileTimeoutMs`. When it cannot finish, the files come back unsolved, each file with data-flow facts
   * carrying an internal error, so the scan is incomplete (never green) rather than silently missing flows.
   */
  solve(files: FileResult[], rules: RuleMeta[], config: SentinelConfig): Promise<FileResult[]>;
  /** Starts the workers ahead of the first scan (a long-lived App does; a one-shot CLI need not). */
  warm(): void;
  close(): Promise<void>;
}

export interface FileAnalyzerOptions {
  /** Worker threads; 0 asks for the in-thread path. */
  threads: number;
  /** Compiled worker entry; defaults to analysis-worker.js next to this module. */
  script?: URL;
  memoryMb?: number;
  /** WebAssembly memory cap per worker, in MB (see wasm-memory.ts). */
  wasmMemoryMb?: number;
  /** The analyzer serves one scan and is closed after it (the CLI): see PoolOptions.oneScan. */
  oneScan?: boolean;
}

const DEFAULT_SCRIPT = new URL('./analysis-worker.js', import.meta.url);
/** The solve's budget in file budgets: it covers every file of the review (1,200 files solve in ~5 s). */
export const SOLVE_BUDGET_FILES = 6;

/** The compiled worker next to this module, or undefined when running from TypeScript sources. */
export function defaultWorkerScript(): URL | undefined {
  if (existsSync(fileURLToPath(DEFAULT_SCRIPT))) return DEFAULT_SCRIPT;
  if (import.meta.url.endsWith('.ts')) return undefined;
  throw new Error(`analysis worker missing: ${fileURLToPath(DEFAULT_SCRIPT)} (run npm run build)`);
}

export function createFileAnalyzer(options: FileAnalyzerOptions): FileAnalyzer {
  const script = options.threads > 0 ? (options.script ?? defaultWorkerScript()) : undefined;
  if (!script) return inThread();
  const pool: PoolOptions = {
    threads: options.threads,
    script,
    ...(options.memoryMb ? { memoryMb: options.memoryMb } : {}),
    ...(options.wasmMemoryMb ? { wasmMemoryMb: options.wasmMemoryMb } : {}),
    ...(options.oneScan ? { oneScan: true } : {}),
  };
  return workers(new AnalysisPool(pool));
}

function workers(pool: AnalysisPool): FileAnalyzer {
  return {
    mode: 'workers',
    analyze: (job) => {
      const ruleIds = registryIdsOf(job.rules);
      const { fileTimeoutMs, fileWallTimeoutMs } = job.config.limits;
      return pool.analyze(
        job.files,
        {
          config: job.config,
          fileTimeoutMs,
          ...(fileWallTimeoutMs ? { fileWallTimeoutMs } : {}),
          ...(ruleIds ? { ruleIds } : {}),
        },
        job.onFile,
        job.signal,
      );
    },
    solve: async (files, rules, config) => {
      const { cpuMs, wallMs } = budgetOf(config.limits.fileTimeoutMs, config.limits.fileWallTimeoutMs);
      const irs = dataFlowInput(files);
      if (!irs.length) return solveDataFlow(files, rules); // nothing to solve: no worker round trip
      const solved = await pool.solve(irs, rules, cpuMs * SOLVE_BUDGET_FILES, wallMs * SOLVE_BUDGET_FILES);
      return 'findings' in solved ? mergeDataFlow(files, solved.findings, rules) : unsolved(files, solved.reason);
    },
    warm: () => pool.warm(),
    close: () => pool.close(),
  };
}

function inThread(): FileAnalyzer {
  return {
    mode: 'in-thread',
    analyze: async (job) => {
      const analyzer = await buildAnalyzer(job.rules, job.config);
      return analyzeEach(analyzer, job.files, job.onFile);
    },
    solve: async (files, rules) => solveDataFlow(files, rules),
    warm: () => undefined,
    close: async () => undefined,
  };
}

function unsolved(files: readonly FileResult[], reason: string): FileResult[] {
  return files.map((f) =>
    f.passData?.[TAINT_PASS_ID]
      ? {
          ...f,
          errors: [
            ...f.errors,
            { ruleId: 'data-flow', message: `the project-wide data-flow solve did not finish: ${reason}` },
          ],
        }
      : f,
  );
}
