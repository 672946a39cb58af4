// A pool of analysis worker threads shared by every scan of a process (the CLI's one, the App's many reviews).
// Each worker initialises WebAssembly once and analyses one file at a time under a hard per-file budget: CPU time of
// its thread (`limits.fileTimeoutMs`, with a wall-time backstop; see job-budget.ts), heap (`resourceLimits`) and
// WebAssembly memory (see wasm-memory.ts). A worker over budget is terminated and replaced; its file is reported as
// skipped, "not analysed: budget exceeded (…)", naming the phase or rule it was stuck in. The main thread only
// moves messages, so it stays free for I/O (the App's webhooks and /healthz).
import type { Worker } from 'node:worker_threads';
import type { FileResult } from '../analysis/file-result.js';
import type { Finding, RuleMeta } from '../analysis/rule.js';
import type { SkippedFile, SourceFile } from '../analysis/scan.js';
import type { FileIR } from '../analysis/taint/ir.js';
import type { EncodedIR } from '../analysis/taint/encoded-ir.js';
import type { SentinelConfig } from '../config/schema.js';
import { REGISTRY_IDS } from './build-analyzer.js';
import { budgetOf, watchBudget, type JobBudget } from './job-budget.js';
import { phaseName } from './phases.js';
import { threadCpuClock } from './thread-cpu.js';
import type { AnalyzerSetup, WorkerReply, WorkerRequest } from './worker-protocol.js';
import { adoptEarlyWorker, DEFAULT_MEMORY_MB, spawnAnalysisWorker } from './worker-start.js';

export { DEFAULT_MEMORY_MB, WORKER_YOUNG_GENERATION_MB, startWorker } from './worker-start.js';

export interface PoolOptions {
  /** Worker threads at most (started on demand, kept for the next scan). */
  threads: number;
  /** The compiled worker entry (analysis-worker.js). */
  script: URL;
  /** Heap limit of each worker (V8 old generation), in MB. */
  memoryMb?: number;
  /** WebAssembly memory cap of each worker (the parser's trees), in MB. */
  wasmMemoryMb?: number;
  /**
   * The pool serves one scan (the CLI's): when the solve is queued, the workers beyond the one that solves are
   * idle for good, and are terminated then instead of at close() — each holds ~70 MB (its heap, its WebAssembly
   * memory) through the solve, the scan's peak of memory. A later job would start workers again.
   */
  oneScan?: boolean;
}

export interface PoolBatch {
  results: FileResult[];
  skipped: SkippedFile[];
}

/** What became of a job: the worker's answer, or why the worker was lost on it (budget, crash). */
type Outcome = { reply: Exclude<WorkerReply, { type: 'ready' }> } | { lost: string };

interface Job {
  /** The analyze() or solve() call it belongs to: workers are shared fairly between calls (see next()). */
  scan: number;
  request: WorkerRequest;
  budget: JobBudget;
  settle(outcome: Outcome): void;
  fail(error: Error): void;
}

interface Slot {
  worker: Worker;
  phase: Int32Array;
  ready: boolean;
  /** The worker thread's CPU clock (from the tid its ready message names), when the system can read it. */
  cpuClock?: () => number | undefined;
  job?: Job;
  /**
   * A file sent behind `job`, so the worker starts it as soon as it posts `job`'s result instead of idling until
   * this thread has read that result and sent another (on one thread that was ~2 s of a 15 s scan). Its budget
   * starts when it becomes `job` (so it runs over by at most that hand-over, never short); a worker lost before
   * then hands it back to the queue.
   */
  next?: Job;
  /** Stops the running job's budget watch. */
  unwatch?: () => void;
  /** The error the worker died of, kept for its 'exit' (see spawn()). */
  crash?: Error & { code?: string };
  /** Set once the pool has given up on this worker (budget, crash): later events from it are ignored. */
  gone?: boolean;
}

export class AnalysisPool {
  private readonly queue: Job[] = [];
  private readonly slots = new Set<Slot>();
  private nextId = 1;
  private nextScan = 1;
  private closed = false;

  constructor(private readonly options: PoolOptions) {}

  /**
   * Analyses `files` under `config`; resolves when every file has a result or a skip reason. Aborting `signal`
   * (the App's review timeout) drops the files not yet started and rejects, so an abandoned review stops using
   * the workers other reviews share.
   */
  analyze(
    files: readonly SourceFile[],
    setup: Omit<AnalyzerSetup, 'key'> & { fileTimeoutMs: number; fileWallTimeoutMs?: number },
    onFile?: () => void,
    signal?: AbortSignal,
  ): Promise<PoolBatch> {
    if (this.closed) return Promise.reject(new Error('the analysis pool is closed'));
    if (signal?.aborted) return Promise.reject(signal.reason);
    const scan = this.nextScan++;
    const full: AnalyzerSetup = {
      key: setupKey(setup.config, setup.ruleIds),
      config: setup.config,
      ...(setup.ruleIds ? { ruleIds: setup.ruleIds } : {}),
    };
    const batch: PoolBatch = { results: [], skipped: [] };
    if (!files.length) return Promise.resolve(batch);
    return new Promise<PoolBatch>((resolve, reject) => {
      let left = files.length;
      let failed = false;
      // Largest files first: the last file to finish is then a small one, so no worker idles at the end of a scan
      // while another works through a big module (workers pull the next job as they finish: that is the balancing).
      const bySize = [...files].sort((a, b) => b.content.length - a.content.length);
      for (const file of bySize) {
        this.queue.push({
          scan,
          request: { type: 'analyze', id: this.nextId++, path: file.path, content: file.content, setup: full },
          budget: budgetOf(setup.fileTimeoutMs, setup.fileWallTimeoutMs),
          settle: (outcome) => {
            if ('lost' in outcome) batch.skipped.push({ path: file.path, reason: outcome.lost });
            else if (outcome.reply.type === 'done') batch.results.push(outcome.reply.result);
            else if (outcome.reply.type === 'failed')
              batch.skipped.push({ path: file.path, reason: failedReason(outcome.reply) });
            onFile?.();
            if (--left === 0 && !failed) resolve(batch);
          },
          fail: (error) => {
            if (failed) return;
            failed = true;
            reject(error);
          },
        });
      }
      signal?.addEventListener(
        'abort',
        () => {
          // Files already running finish within their budget; their results are dropped with the rest.
          this.queue.splice(0, this.queue.length, ...this.queue.filter((j) => j.scan !== scan));
          if (failed) return;
          failed = true;
          reject(signal.reason instanceof Error ? signal.reason : new Error('analysis aborted'));
        },
        { once: true },
      );
      this.pump();
    });
  }

  /**
   * The project-wide data-flow solve over `irs` (in path order) in a worker, under `cpuMs` of CPU time: its
   * findings, or `reason` saying why it did not finish.
   */
  solve(
    irs: (FileIR | EncodedIR)[],
    rules: RuleMeta[],
    cpuMs: number,
    wallMs?: number,
  ): Promise<{ findings: Finding[] } | { reason: string }> {
    if (this.closed) return Promise.reject(new Error('the analysis pool is closed'));
    if (this.options.oneScan) this.retireIdleBeyondOne();
    return new Promise((resolve, reject) => {
      this.queue.push({
        scan: this.nextScan++,
        request: { type: 'solve', id: this.nextId++, irs, rules },
        budget: budgetOf(cpuMs, wallMs),
        settle: (outcome) => {
          if ('lost' in outcome) resolve({ reason: outcome.lost });
          else if (outcome.reply.type === 'solved') resolve({ findings: outcome.reply.findings });
          else if (outcome.reply.type === 'failed') resolve({ reason: failedReason(outcome.reply) });
        },
        fail: reject,
      });
      this.pump();
    });
  }

  /** Starts every worker now (WebAssembly init, module loading), so the first file's budget is not spent on it. */
  warm(): void {
    while (!this.closed && this.slots.size < this.options.threads) this.spawn();
  }

  /** Terminates every worker; queued files of unfinished scans fail. */
  async close(): Promise<void> {
    this.closed = true;
    const closed = new Error('the analysis pool was closed');
    for (const job of this.queue.splice(0)) job.fail(closed);
    for (const slot of this.slots) {
      slot.job?.fail(closed);
      slot.next?.fail(closed);
      slot.next = undefined;
    }
    await Promise.all([...this.slots].map((slot) => this.retire(slot)));
  }

  /** Hands queued files to ready idle workers and starts workers up to the limit while files wait. */
  private pump(): void {
    for (const slot of this.slots) {
      if (!this.queue.length) break;
      if (slot.ready && !slot.job) this.dispatch(slot, this.next());
    }
    // Only when every worker is started and busy (a file waits behind another only if no worker could take it),
    // and only a file of the same scan: another review's file never waits behind a hostile one.
    const settled = [...this.slots].every((s) => s.ready && s.job);
    for (const slot of settled ? this.slots : []) {
      if (slot.job?.request.type !== 'analyze' || slot.next) continue;
      const job = this.nextOf(slot.job.scan);
      if (!job) continue;
      slot.next = job;
      slot.worker.postMessage(job.request);
    }
    const starting = [...this.slots].filter((s) => !s.ready).length;
    let wanted = Math.min(this.queue.length - starting, this.options.threads - this.slots.size);
    while (wanted-- > 0) this.spawn();
  }

  /**
   * The oldest queued job of the call with the fewest files running: a pull request with thousands of files (each
   * up to its budget) cannot hold every worker while other reviews wait.
   */
  private next(): Job {
    const running = new Map<number, number>();
    const count = (job: Job | undefined) => job && running.set(job.scan, (running.get(job.scan) ?? 0) + 1);
    for (const slot of this.slots) {
      count(slot.job);
      count(slot.next);
    }
    let best = 0;
    for (let i = 1; i < this.queue.length; i++) {
      if ((running.get(this.queue[i]!.scan) ?? 0) < (running.get(this.queue[best]!.scan) ?? 0)) best = i;
    }
    return this.queue.splice(best, 1)[0]!;
  }

  /** The oldest queued file of `scan` (a solve is never sent behind a file). */
  private nextOf(scan: number): Job | undefined {
    const i = this.queue.findIndex((j) => j.scan === scan && j.request.type === 'analyze');
    return i < 0 ? undefined : this.queue.splice(i, 1)[0];
  }

  private spawn(): void {
    const settings = { memoryMb: this.options.memoryMb, wasmMemoryMb: this.options.wasmMemoryMb };
    // The CLI's first worker may already be loading (worker-start.ts): it becomes this pool's first.
    const adopted = adoptEarlyWorker(this.options.script, settings);
    const { worker, phase } = adopted ?? spawnAnalysisWorker(this.options.script, settings);
    const slot: Slot = { worker, phase: new Int32Array(phase), ready: false };
    this.slots.add(slot);
    // A crash is settled at the worker's 'exit', not at its 'error': results it posted just before dying may still be
    // on their way ('error' does not wait for them; Node delivers them before 'exit'). Settling at 'error' blamed the
    // crash on the file whose result was in flight, while the file that crashed went back to the queue.
    const onError = (error: Error & { code?: string }) => {
      slot.crash ??= error;
    };
    const onExit = (code: number) => {
      const error = slot.crash ?? Object.assign(new Error(`exited with code ${code}`), { code: 'EXIT' });
      if (!slot.gone) this.onError(slot, error);
    };
    worker.on('message', (reply: WorkerReply) => this.onReply(slot, reply));
    worker.on('error', onError);
    worker.on('exit', onExit);
    for (const event of adopted?.events ?? []) {
      if (event.type === 'message') this.onReply(slot, event.value as WorkerReply);
      else if (event.type === 'error') onError(event.value);
      else onExit(event.value);
    }
  }

  private dispatch(slot: Slot, job: Job, sent = false): void {
    slot.job = job;
    slot.worker.ref();
    slot.unwatch = watchBudget(job.budget, slot.cpuClock, (what) => this.overBudget(slot, what));
    if (!sent) slot.worker.postMessage(job.request);
  }

  private onReply(slot: Slot, reply: WorkerReply): void {
    if (slot.gone) return;
    if (reply.type === 'ready') {
      slot.ready = true;
      slot.cpuClock = threadCpuClock(reply.tid);
    } else {
      const job = slot.job;
      if (!job || job.request.id !== reply.id) return;
      this.release(slot);
      // A worker whose WebAssembly memory hit its cap (or grew past what it should keep) is replaced after its reply.
      if (reply.retire) void this.retire(slot);
      else if (slot.next) {
        const next = slot.next;
        slot.next = undefined;
        this.dispatch(slot, next, true);
      }
      job.settle({ reply });
    }
    if (!slot.job) slot.worker.unref(); // an idle worker must not keep the process alive
    this.pump();
  }

  private onError(slot: Slot, error: Error & { code?: string }): void {
    if (slot.gone) return;
    const job = slot.job;
    void this.retire(slot);
    if (!slot.ready && !job) {
      // Dying before it could take a file means no worker can start (e.g. dist/ not built): retrying cannot help.
      const failure = new Error(`analysis worker failed to start: ${error.message}`, { cause: error });
      for (const queued of this.queue.splice(0)) queued.fail(failure);
      return;
    }
    if (job) {
      const reason =
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? budgetReason(`memory limit ${this.options.memoryMb ?? DEFAULT_MEMORY_MB} MB`, this.phaseOf(slot))
          : `analysis failed: worker crashed (${error.message})`;
      job.settle({ lost: reason });
    }
    this.pump();
  }

  private overBudget(slot: Slot, budget: string): void {
    const job = slot.job;
    if (!job || slot.gone) return;
    const phase = this.phaseOf(slot);
    void this.retire(slot);
    job.settle({ lost: budgetReason(budget, phase) });
    this.pump();
  }

  private phaseOf(slot: Slot): string {
    return phaseName(Atomics.load(slot.phase, 0), REGISTRY_IDS);
  }

  private release(slot: Slot): void {
    slot.unwatch?.();
    slot.unwatch = undefined;
    slot.job = undefined;
  }

  /** Terminates the idle workers (started or still starting) but one, a started one first: it takes the solve. */
  private retireIdleBeyondOne(): void {
    const idle = [...this.slots].filter((slot) => !slot.job && !slot.next).sort((a, b) => +b.ready - +a.ready);
    for (const slot of idle.slice(1)) void this.retire(slot);
  }

  private async retire(slot: Slot): Promise<void> {
    slot.gone = true;
    this.release(slot);
    // The file sent behind the lost one never started here: it goes back to the front of the queue.
    if (slot.next) this.queue.unshift(slot.next);
    slot.next = undefined;
    this.slots.delete(slot);
    await slot.worker.terminate();
  }
}

function budgetReason(budget: string, phase: string): string {
  return `not analysed: budget exceeded (${budget}, during ${phase})`;
}

/** A worker's own refusal: over its WebAssembly memory cap reads as a budget, anything else as a failure. */
function failedReason(reply: Extract<WorkerReply, { type: 'failed' }>): string {
  return reply.overBudget
    ? budgetReason(reply.overBudget.what, reply.overBudget.phase)
    : `analysis failed: ${reply.message}`;
}

/** Workers keep one analyzer per key: equal configs and rule subsets share it. */
function setupKey(config: SentinelConfig, ruleIds: readonly string[] | undefined): string {
  return JSON.stringify([config.rules, ruleIds ?? null]);
}
