// The in-process review queue: bounded concurrency (p-queue), one job per pull request at a time, and a newer
// job for a pull request replacing the one still waiting (a newer head SHA supersedes an older one).
import PQueue from 'p-queue';

export interface QueuedJob {
  /** One pull request: `owner/repo#number`. */
  key: string;
  headSha: string;
  run(): Promise<void>;
  /** Called when a newer job for the same pull request replaced this one before it started. */
  superseded?(by: QueuedJob): void;
}

export interface QueueLog {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export class ReviewQueue {
  private readonly queue: PQueue;
  /** The job waiting to run, per pull request (at most one). */
  private readonly waiting = new Map<string, QueuedJob>();
  /** Pull requests with a job scheduled in p-queue or running. */
  private readonly active = new Set<string>();

  constructor(concurrency: number, private readonly log: QueueLog) {
    this.queue = new PQueue({ concurrency });
  }

  enqueue(job: QueuedJob): void {
    const older = this.waiting.get(job.key);
    if (older) {
      this.log.info({ pr: job.key, superseded: older.headSha, by: job.headSha }, 'queued review superseded');
      older.superseded?.(job);
    }
    this.waiting.set(job.key, job);
    if (!this.active.has(job.key)) this.schedule(job.key);
  }

  /** Resolves when no job is waiting or running (tests and graceful shutdown). */
  async idle(): Promise<void> {
    while (this.active.size > 0 || this.queue.size > 0 || this.queue.pending > 0) {
      await this.queue.onIdle();
      await new Promise((resolve) => setImmediate(resolve)); // lets `finally` below reschedule
    }
  }

  get size(): number {
    return this.waiting.size;
  }

  private schedule(key: string): void {
    this.active.add(key);
    void this.queue
      .add(async () => {
        const job = this.waiting.get(key);
        this.waiting.delete(key);
        if (job) await job.run();
      })
      .catch((error: unknown) => this.log.error({ err: error, pr: key }, 'review job failed'))
      .finally(() => {
        this.active.delete(key);
        if (this.waiting.has(key)) this.schedule(key); // a push arrived while this one ran
      });
  }
}
