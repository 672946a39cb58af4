// ReviewQueuePort on BullMQ: one job per pull request (BullMQ de-duplication by PR, a newer head replacing the
// delayed one, at most one running and one waiting), priorities, retries with exponential backoff, stalled-job
// recovery when a worker dies (its lock expires and another worker takes the job), and a graceful close.
import { DelayedError, Queue, Worker, type ConnectionOptions, type Job } from 'bullmq';
import type { Logger } from 'pino';
import type { Attempt, JobRunner, ReviewQueuePort } from '../review/queue-port.js';
import { dedupId, priorityOf, type ReviewJob } from '../review/review-job.js';
import { HandedBack, LockBusy } from '../review/job-signals.js';
import { withTimeout } from '../review/with-timeout.js';
import { blocking, failFast } from './redis-options.js';

export const QUEUE_NAME = 'sentinel-reviews';

export interface BullQueueOptions {
  url: string;
  log: Logger;
  /** Run reviews in this process (role worker/all) with this many at once; absent: enqueue only (role web). */
  worker?: { runner: JobRunner; concurrency: number };
  /** Lock of a running job; a worker that stops renewing it for this long is presumed dead. */
  lockMs?: number;
  /** A new job waits this long, so a quick second push replaces it instead of queueing behind it. */
  debounceMs?: number;
  attempts?: number;
  backoffMs?: number;
  prefix?: string;
}

const LIVE = new Set(['active', 'waiting', 'delayed', 'prioritized', 'waiting-children']);

export class BullReviewQueue implements ReviewQueuePort {
  private readonly queue: Queue<ReviewJob, void, string>;
  private readonly worker: Worker<ReviewJob, void, string> | undefined;
  private readonly stopping = new AbortController();

  constructor(private readonly options: BullQueueOptions) {
    const prefix = options.prefix ?? 'sentinel';
    this.queue = new Queue<ReviewJob, void, string>(QUEUE_NAME, {
      connection: failFast(options.url) as ConnectionOptions,
      prefix,
    });
    this.queue.on('error', (error) => options.log.warn({ err: error }, 'review queue: Redis error'));
    if (options.worker) {
      const lockDuration = options.lockMs ?? 20_000;
      this.worker = new Worker<ReviewJob, void, string>(QUEUE_NAME, (job, token) => this.process(job, token), {
        connection: blocking(options.url) as ConnectionOptions,
        prefix,
        concurrency: options.worker.concurrency,
        lockDuration,
        stalledInterval: Math.max(1000, Math.floor(lockDuration / 2)),
        maxStalledCount: 3,
      });
      this.worker.on('error', (error) => options.log.warn({ err: error }, 'review worker: Redis error'));
      this.worker.on('failed', (job, error) =>
        options.log.warn({ err: error, job: job?.id, attempts: job?.attemptsMade }, 'review job attempt failed'),
      );
    }
  }

  async enqueue(job: ReviewJob): Promise<void> {
    const id = dedupId(job);
    await withTimeout(
      this.queue.add('review', job, {
        deduplication: { id, replace: true, keepLastIfActive: true },
        delay: this.options.debounceMs ?? 100,
        priority: priorityOf(job),
        attempts: this.options.attempts ?? 5,
        backoff: { type: 'exponential', delay: this.options.backoffMs ?? 2000 },
        removeOnComplete: { count: 1000 },
        removeOnFail: { count: 5000 },
      }),
      3000,
      'queueing the review',
    );
  }

  async hasLiveJob(dedup: string): Promise<boolean> {
    const id = await this.queue.getDeduplicationJobId(dedup);
    if (!id) return false;
    return LIVE.has(await this.queue.getJobState(id));
  }

  async depth(): Promise<number> {
    const counts = await this.queue.getJobCounts('waiting', 'delayed', 'prioritized');
    return Object.values(counts).reduce((a, b) => a + b, 0);
  }

  /** Until no job is waiting, delayed or running anywhere in the fleet. */
  async idle(): Promise<void> {
    for (;;) {
      const counts = await this.queue.getJobCounts('waiting', 'delayed', 'prioritized', 'active');
      if (Object.values(counts).every((n) => n === 0)) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async ready(): Promise<boolean> {
    try {
      await withTimeout(this.queue.getJobCounts('waiting'), 1000, 'redis');
      return !this.worker || (this.worker.isRunning() && !this.stopping.signal.aborted);
    } catch {
      return false;
    }
  }

  /** Stops taking jobs; running reviews get `deadlineMs`, then are handed back to the queue for another worker. */
  async close(deadlineMs = 25_000): Promise<void> {
    if (this.worker) {
      const timer = setTimeout(() => this.stopping.abort(new HandedBack()), deadlineMs);
      try {
        await this.worker.close();
      } finally {
        clearTimeout(timer);
      }
    }
    await this.queue.close();
  }

  private async process(job: Job<ReviewJob, void, string>, token?: string): Promise<void> {
    const attempts = job.opts.attempts ?? 1;
    const attempt: Attempt = {
      attemptsMade: job.attemptsMade,
      final: job.attemptsMade + 1 >= attempts,
      signal: this.stopping.signal,
      saveCheckId: async (checkId) => {
        await job.updateData({ ...job.data, checkId });
      },
    };
    try {
      await this.options.worker!.runner(job.data, attempt);
    } catch (error) {
      if (!(error instanceof HandedBack) && !(error instanceof LockBusy)) throw error;
      // Back to the queue without spending an attempt: another worker resumes the same check run, or this pull
      // request's other job (our report commit's push) runs once the review holding the lock is done.
      await job.moveToDelayed(Date.now() + (error instanceof LockBusy ? 1000 : 0), token);
      throw new DelayedError();
    }
  }
}
