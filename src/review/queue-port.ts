// The one queue interface the handlers and the server use: the embedded in-process queue (no REDIS_URL) and
// BullMQ on Redis (src/fleet/) implement it, and both hand each job to the same runner.
import type { ReviewJob } from './review-job.js';

/** What a runner learns about the attempt it runs. */
export interface Attempt {
  /** 0 on the first try. */
  attemptsMade: number;
  /** No retry follows when this one fails: the runner must complete the check itself. */
  final: boolean;
  /** Aborted when the worker shuts down (the job is handed back, not failed). */
  signal: AbortSignal;
  /** Remembers the check run this attempt started, so a retry or a recovered job reuses it. */
  saveCheckId(checkId: number): Promise<void>;
}

export type JobRunner = (job: ReviewJob, attempt: Attempt) => Promise<void>;

export interface ReviewQueuePort {
  /** Resolves once the job is durably queued (throws when the queue cannot take it: the webhook answers 503). */
  enqueue(job: ReviewJob): Promise<void>;
  /** Whether a job for this pull request is waiting, delayed or running anywhere (the sweep's question). */
  hasLiveJob(dedup: string): Promise<boolean>;
  /** Jobs waiting (the autoscaler's figure). */
  depth(): Promise<number>;
  /** Resolves when nothing is waiting or running here (tests; in fleet mode: this process's workers). */
  idle(): Promise<void>;
  /** Ready to take jobs (Redis reachable, workers running). */
  ready(): Promise<boolean>;
  /** Stops taking jobs; running ones get `deadlineMs` to finish, then are handed back. */
  close(deadlineMs?: number): Promise<void>;
}
