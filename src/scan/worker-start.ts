// Starting an analysis worker thread, and starting the first one early. Loading a worker (the rules, the
// WebAssembly parser) takes about as long as the CLI's own module loading (~0.5 s each), so `sentinelpy scan`
// starts one worker before it loads the rest of itself (bin/sentinelpy.js) and the pool adopts it as its first.
// This module imports nothing heavy: the entry point loads it first.
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { DEFAULT_WASM_MEMORY_MB } from './wasm-memory.js';
import type { WorkerInit } from './worker-protocol.js';

/** A worker's V8 heap limit (old generation), in MB, unless the pool is given another. */
export const DEFAULT_MEMORY_MB = 512;
/**
 * A worker's young generation (V8 allocates new objects there; survivors move to the old one). Left to V8 it grows
 * to 48 MB per worker; the analysis allocates fast but keeps little (a file's nodes die with its tree), so 24 MB
 * costs 0.09 s more scavenging on the standard library (semi-spaces of 8 instead of 16 MB: 330 vs 240 ms, one
 * thread) and saves about 20 MB of resident memory per worker (`npm run bench`: 313 → 294 MB on one thread).
 */
export const WORKER_YOUNG_GENERATION_MB = 24;

export interface WorkerSettings {
  memoryMb?: number | undefined;
  wasmMemoryMb?: number | undefined;
}

export interface StartedWorker {
  worker: Worker;
  /** The Int32 slot the worker writes its phase to (WorkerInit.phase). */
  phase: SharedArrayBuffer;
}

/** An analysis worker of `script` under `settings` (heap limits, WebAssembly memory cap). */
export function spawnAnalysisWorker(script: URL, settings: WorkerSettings): StartedWorker {
  const phase = new SharedArrayBuffer(4);
  const init: WorkerInit = { phase, wasmMemoryMb: settings.wasmMemoryMb ?? DEFAULT_WASM_MEMORY_MB };
  const worker = startWorker(script, {
    workerData: init,
    resourceLimits: {
      maxOldGenerationSizeMb: settings.memoryMb ?? DEFAULT_MEMORY_MB,
      maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB,
    },
  });
  return { worker, phase };
}

/** A worker event that arrived before the pool listened: replayed to the pool in order. */
export type WorkerEvent =
  { type: 'message'; value: unknown } | { type: 'error'; value: Error } | { type: 'exit'; value: number };

interface Early extends StartedWorker {
  key: string;
  events: WorkerEvent[];
  detach(): void;
}

let early: Early | undefined;

const keyOf = (script: URL, settings: WorkerSettings) =>
  JSON.stringify([
    script.href,
    settings.memoryMb ?? DEFAULT_MEMORY_MB,
    settings.wasmMemoryMb ?? DEFAULT_WASM_MEMORY_MB,
  ]);

/**
 * Starts one worker now, to be adopted by the first pool that spawns a worker of the same script and settings.
 * It does not keep the process alive while nobody has adopted it (a scan that needs no worker exits as before),
 * and what it says meanwhile (its `ready`, an error, its exit) is kept for the pool.
 */
export function startEarlyWorker(script: URL, settings: WorkerSettings = {}): void {
  if (early) return;
  const started = spawnAnalysisWorker(script, settings);
  const events: WorkerEvent[] = [];
  const onMessage = (value: unknown) => events.push({ type: 'message', value });
  const onError = (value: Error) => events.push({ type: 'error', value });
  const onExit = (value: number) => events.push({ type: 'exit', value });
  started.worker.on('message', onMessage).on('error', onError).on('exit', onExit);
  started.worker.unref();
  const detach = () => {
    started.worker.off('message', onMessage).off('error', onError).off('exit', onExit);
  };
  early = { ...started, key: keyOf(script, settings), events, detach };
}

/**
 * The early worker, when there is one for this script and these settings: its listeners removed and the process
 * reference it would have had from `new Worker` restored, with the events it sent before. One of other settings
 * is stopped (nobody else could adopt it).
 */
export function adoptEarlyWorker(
  script: URL,
  settings: WorkerSettings,
): (StartedWorker & { events: WorkerEvent[] }) | undefined {
  const found = early;
  early = undefined;
  if (!found) return undefined;
  found.detach();
  if (found.key !== keyOf(script, settings)) {
    void found.worker.terminate();
    return undefined;
  }
  found.worker.ref();
  return { worker: found.worker, phase: found.phase, events: found.events };
}

/**
 * A worker with the parent's node flags, less --input-type (from `node -e`), which would stop it loading a file.
 * A worker thread refuses process-wide flags (V8's, such as `--expose-gc` or `--max-semi-space-size`, which
 * already apply to every thread): `new Worker` throws naming them, and the worker starts without those.
 */
export function startWorker(
  script: URL,
  options: Omit<WorkerOptions, 'execArgv'>,
  parentArgv = process.execArgv,
): Worker {
  const execArgv = parentArgv.filter((a) => !a.startsWith('--input-type'));
  try {
    return new Worker(script, { ...options, execArgv });
  } catch (error) {
    if ((error as { code?: string }).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw error;
    const refused = new Set((error as Error).message.slice((error as Error).message.indexOf(': ') + 2).split(', '));
    return new Worker(script, { ...options, execArgv: execArgv.filter((a) => !refused.has(a)) });
  }
}
