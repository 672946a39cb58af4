// Messages between the analysis pool (main thread) and its workers: plain data only (structured clone).
import type { FileResult } from '../analysis/file-result.js';
import type { Finding, RuleMeta } from '../analysis/rule.js';
import type { FileIR } from '../analysis/taint/ir.js';
import type { EncodedIR } from '../analysis/taint/encoded-ir.js';
import type { SentinelConfig } from '../config/schema.js';

/** Which analyzer a file needs: a config (rule settings) and optionally a subset of the registry's rules. */
export interface AnalyzerSetup {
  /** Identifies config + rule subset; a worker keeps one analyzer per key it has seen recently. */
  key: string;
  config: SentinelConfig;
  /** Registry rule ids to keep (before the config's own disables); all rules when absent. */
  ruleIds?: readonly string[];
}

export interface AnalyzeRequest {
  type: 'analyze';
  id: number;
  path: string;
  content: string;
  setup: AnalyzerSetup;
}

/**
 * The project-wide data-flow solve over every file's IR, in path order (see dataFlowInput in src/analysis/scan.ts);
 * the reply carries its findings, which the caller merges into the file results.
 */
export interface SolveRequest {
  type: 'solve';
  id: number;
  irs: (FileIR | EncodedIR)[];
  rules: RuleMeta[];
}

export type WorkerRequest = AnalyzeRequest | SolveRequest;

export interface WorkerInit {
  /** One Int32 slot the worker writes its current phase to (see phases.ts). */
  phase: SharedArrayBuffer;
  /** Cap on the worker's WebAssembly memory (the parser's trees), in MB: not under the heap limit. */
  wasmMemoryMb: number;
}

/** What a job reply may add: `retire` asks the pool to replace this worker once the reply is taken. */
interface JobReply {
  id: number;
  retire?: boolean;
}

export type WorkerReply =
  /** `tid`: the worker thread's kernel id, so the pool can read its CPU time (thread-cpu.ts). */
  | { type: 'ready'; tid?: number }
  | (JobReply & { type: 'done'; result: FileResult })
  | (JobReply & { type: 'solved'; findings: Finding[] })
  /**
   * The analyzer threw for the whole file (the parser could not take it), or the solve threw. `overBudget`: it
   * threw because the file ran into the WebAssembly memory cap (`what`, during `phase`).
   */
  | (JobReply & { type: 'failed'; message: string; overBudget?: { what: string; phase: string } });
