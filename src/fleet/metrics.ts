// Prometheus metrics on /metrics (prom-client): what an autoscaler and an on-call engineer read — queue depth,
// job duration and outcomes, delivery → done latency, GitHub errors and the remaining rate limit.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { GitHubObserver } from '../github/request-metrics.js';
import type { JobOutcome } from '../review/run-review-job.js';
import type { ReviewJob } from '../review/review-job.js';

export interface AppMetrics {
  registry: Registry;
  github: GitHubObserver;
  job(outcome: JobOutcome, seconds: number, job: ReviewJob): void;
  /** One webhook answered: its HTTP status and the time from the request's arrival to the last byte of the answer. */
  webhook(status: number, seconds: number): void;
  /** Wires the queue depth gauge (read at scrape time). */
  queueDepth(read: () => Promise<number>): void;
}

export function createMetrics(): AppMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'sentinel_process_' });
  let readDepth: (() => Promise<number>) | undefined;
  new Gauge({
    name: 'sentinel_queue_depth',
    help: 'Reviews waiting to run (fleet-wide in fleet mode)',
    registers: [registry],
    async collect() {
      this.set(readDepth ? await readDepth().catch(() => -1) : 0);
    },
  });
  const duration = new Histogram({
    name: 'sentinel_review_job_duration_seconds',
    help: 'Time one review attempt took, by outcome',
    labelNames: ['outcome'],
    buckets: [0.1, 0.5, 1, 2, 5, 10, 30, 60, 120, 300],
    registers: [registry],
  });
  const outcomes = new Counter({
    name: 'sentinel_review_jobs_total',
    help: 'Review attempts by outcome',
    labelNames: ['outcome'],
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'sentinel_delivery_to_done_seconds',
    help: 'Webhook received → review done (completed or superseded)',
    buckets: [0.5, 1, 2, 5, 10, 30, 60, 120, 300, 600],
    registers: [registry],
  });
  // GitHub gives a delivery 10 s; the fleet's web tier targets p99 < 100 ms, hence the fine low buckets.
  const answers = new Histogram({
    name: 'sentinel_webhook_answer_seconds',
    help: 'Webhook request arrival → answer sent, by status class (2xx, 4xx, 5xx)',
    labelNames: ['status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'sentinel_github_request_errors_total',
    help: 'Failed GitHub requests by status (0: no answer)',
    labelNames: ['status'],
    registers: [registry],
  });
  const remaining = new Gauge({
    name: 'sentinel_github_rate_limit_remaining',
    help: 'x-ratelimit-remaining of the latest GitHub answer',
    registers: [registry],
  });
  return {
    registry,
    github: { failed: (status) => errors.inc({ status: String(status) }), remaining: (value) => remaining.set(value) },
    job: (outcome, seconds, job) => {
      duration.observe({ outcome }, seconds);
      outcomes.inc({ outcome });
      if (outcome === 'completed' || outcome === 'superseded') latency.observe((Date.now() - job.receivedAt) / 1000);
    },
    webhook: (status, seconds) => answers.observe({ status: `${Math.floor(status / 100)}xx` }, seconds),
    queueDepth: (read) => {
      readDepth = read;
    },
  };
}
