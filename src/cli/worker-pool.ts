// Spreads file batches over worker threads (each builds its analyzer once) and gathers their plain-data results.
// A worker that dies loses only its batch: those files are reported as skipped and a fresh worker takes over.
import { Worker } from 'node:worker_threads';
import type { SourceFile } from '../analysis/scan.js';
import type { SentinelConfig } from '../config/schema.js';
import type { BatchResult } from './analyze-batch.js';

/** Files per message: large enough to amortise the message cost, small enough to balance the load. */
const BATCH_SIZE = 16;

export const WORKER_SCRIPT = new URL('./scan-worker.js', import.meta.url);

function batches(files: readonly SourceFile[]): SourceFile[][] {
  const out: SourceFile[][] = [];
  for (let i = 0; i < files.length; i += BATCH_SIZE) out.push(files.slice(i, i + BATCH_SIZE));
  return out;
}

export async function analyzeInWorkers(
  files: readonly SourceFile[], config: SentinelConfig, threads: number, onBatch: (files: number) => void,
  script: URL = WORKER_SCRIPT,
): Promise<BatchResult> {
  const queue = batches(files);
  const total: BatchResult = { results: [], failed: [] };
  const runWorker = (): Promise<void> => new Promise<void>((resolve, reject) => {
    // Workers inherit the parent's node flags; --input-type (from `node -e`) would stop them loading a file.
    const execArgv = process.execArgv.filter((a) => !a.startsWith('--input-type'));
    const worker = new Worker(script, { workerData: config, execArgv });
    let current: SourceFile[] | undefined;
    const next = () => {
      current = queue.shift();
      if (current) worker.postMessage(current);
      else void worker.terminate().then(() => resolve());
    };
    worker.on('message', (message: BatchResult | 'ready') => {
      if (message !== 'ready') {
        total.results.push(...message.results);
        total.failed.push(...message.failed);
        onBatch(current?.length ?? 0);
      }
      next();
    });
    worker.on('error', (error) => {
      // Dying before any batch means the worker cannot start at all (e.g. dist/ not built): retrying cannot help.
      if (!current) return reject(new Error(`analysis worker failed to start: ${error.message}`, { cause: error }));
      for (const f of current ?? []) total.failed.push({ path: f.path, reason: `analysis failed: worker crashed (${error.message})` });
      onBatch(current?.length ?? 0);
      current = undefined;
      if (queue.length) runWorker().then(resolve, reject);
      else resolve();
    });
  });
  await Promise.all(Array.from({ length: Math.max(1, Math.min(threads, queue.length)) }, runWorker));
  return total;
}
