// The embedded queue behind ReviewQueuePort (no REDIS_URL): p-queue in this process, one job per pull request,
// a newer head replacing the waiting job, transient failures retried with backoff. Nothing survives a restart;
// the check sweep at start-up recovers what a crash left in progress.
import type { Logger } from 'pino';
import { ReviewQueue } from './review-queue.js';
import { isSupersedable, dedupId, jobKey, type ReviewJob } from './review-job.js';
import type { JobRunner, ReviewQueuePort } from './queue-port.js';
import { HandedBack } from './job-signals.js';

export interface RetryBackoff {
  /** Tries in all (1 = no retry). */
  attempts: number;
  /** The pause before the second try; doubled each time after. */
  delayMs: number;
}

export class InProcessReviewQueue implements ReviewQueuePort {
  private readonly queue: ReviewQueue;
  private readonly live = new Map<string, number>();
  private readonly stopping = new AbortController();
  private closed = false;

  constructor(
    concurrency: number,
    private readonly runner: JobRunner,
    private readonly log: Logger,
    private readonly backoff: RetryBackoff = { attempts: 3, delayMs: 2000 },
  ) {
    this.queue = new ReviewQueue(concurrency, log);
  }

  async enqueue(job: ReviewJob): Promise<void> {
    if (this.closed) throw new Error('the review queue is shutting down');
    const id = dedupId(job);
    this.hold(id, 1);
    this.queue.enqueue({
      key: jobKey(job),
      headSha: job.request.pull.headSha,
      run: () => this.runAttempts(job).finally(() => this.hold(id, -1)),
      // The replaced job still goes to the runner: it sees the newer head, settles its reaction and returns.
      superseded: () =>
        void this.runner(job, this.attempt(job, 0, true))
          .catch(() => undefined)
          .finally(() => this.hold(id, -1)),
      ...(isSupersedable(job) ? {} : { yields: true }),
    });
  }

  async hasLiveJob(dedup: string): Promise<boolean> {
    return (this.live.get(dedup) ?? 0) > 0;
  }

  async depth(): Promise<number> {
    return this.queue.size;
  }

  idle(): Promise<void> {
    return this.queue.idle();
  }

  async ready(): Promise<boolean> {
    return !this.closed;
  }

  async close(deadlineMs = 25_000): Promise<void> {
    this.closed = true;
    const timer = setTimeout(() => this.stopping.abort(new HandedBack()), deadlineMs);
    try {
      await this.queue.idle();
    } finally {
      clearTimeout(timer);
    }
  }

  private async runAttempts(job: ReviewJob): Promise<void> {
    const state = { ...job };
    for (let made = 0; ; made++) {
      const final = made + 1 >= this.backoff.attempts;
      try {
        await this.runner(state, this.attempt(state, made, final));
        return;
      } catch (error) {
        if (final || this.stopping.signal.aborted) throw error;
        this.log.warn({ err: error, job: jobKey(job), attempt: made }, 'review attempt failed; retrying');
        await new Promise((resolve) => setTimeout(resolve, this.backoff.delayMs * 2 ** made));
      }
    }
  }

  private attempt(state: ReviewJob, attemptsMade: number, final: boolean) {
    return {
      attemptsMade,
      final,
      signal: this.stopping.signal,
      saveCheckId: async (checkId: number) => {
        state.checkId = checkId;
      },
    };
  }

  private hold(id: string, delta: number): void {
    const n = (this.live.get(id) ?? 0) + delta;
    if (n > 0) this.live.set(id, n);
    else this.live.delete(id);
  }
}
