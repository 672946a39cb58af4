// The in-process review queue: bounded concurrency (p-queue), one job per pull request at a time, and a newer
// job for a pull request replacing the ones still waiting (a newer head SHA supersedes an older one) — except a
// job that `yields`: the App's own report-commit push queues behind the waiting review instead of replacing it,
// because webhooks can arrive out of order and a report commit must never cost a real push its review.
import PQueue from 'p-queue';

export interface QueuedJob {
  /** One pull request: `owner/repo#number`. */
  key: string;
  headSha: string;
  run(): Promise<void>;
  /** Called when a newer job for the same pull request replaced this one before it started. */
  superseded?(by: QueuedJob): void;
  /** Queue behind the waiting job instead of replacing it (a bot push that is probably our report commit). */
  yields?: boolean;
}

export interface QueueLog {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export class ReviewQueue {
  private readonly queue: PQueue;
  /** The jobs waiting to run, per pull request, oldest first (one, plus any that yielded to it). */
  private readonly waiting = new Map<string, QueuedJob[]>();
  /** Pull requests with a job scheduled in p-queue or running. */
  private readonly active = new Set<string>();

  constructor(
    concurrency: number,
    private readonly log: QueueLog,
  ) {
    this.queue = new PQueue({ concurrency });
  }

  enqueue(job: QueuedJob): void {
    const waiting = this.waiting.get(job.key) ?? [];
    if (job.yields) {
      waiting.push(job);
    } else {
      for (const older of waiting) {
        this.log.info({ pr: job.key, superseded: older.headSha, by: job.headSha }, 'queued review superseded');
        older.superseded?.(job);
      }
      waiting.splice(0, waiting.length, job);
    }
    this.waiting.set(job.key, waiting);
    if (!this.active.has(job.key)) this.schedule(job.key);
  }

  /** Resolves when no job is waiting or running (tests and graceful shutdown). */
  async idle(): Promise<void> {
    while (this.active.size > 0 || this.queue.size > 0 || this.queue.pending > 0) {
      await this.queue.onIdle();
      await new Promise((resolve) => setImmediate(resolve)); // lets `finally` below reschedule
    }
  }

  /** Jobs waiting to run (all pull requests). */
  get size(): number {
    let n = 0;
    for (const jobs of this.waiting.values()) n += jobs.length;
    return n;
  }

  private schedule(key: string): void {
    this.active.add(key);
    void this.queue
      .add(async () => {
        const waiting = this.waiting.get(key) ?? [];
        const job = waiting.shift();
        if (waiting.length === 0) this.waiting.delete(key);
        if (job) await job.run();
      })
      .catch((error: unknown) => this.log.error({ err: error, pr: key }, 'review job failed'))
      .finally(() => {
        this.active.delete(key);
        if (this.waiting.has(key)) this.schedule(key); // a push arrived while this one ran
      });
  }
}
