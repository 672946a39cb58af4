// Builds the production dependencies of the handlers: queue (in-process, or BullMQ when a Redis URL is given),
// shared state, the octokit port, the job runner with the review pipeline and the rules, metrics and the sweep.
import { availableParallelism } from 'node:os';
import { Redis } from 'ioredis';
import type { Context, Probot } from 'probot';
import { RULES } from '../../rules/index.js';
import type { Rule } from '../analysis/rule.js';
import type { Role } from '../config/env.js';
import { createGitHubPort, prepareClient } from '../github/create-port.js';
import { createSweepSource } from '../github/open-checks.js';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from '../github/rate-limit.js';
import type { GitHubClient } from '../github/octokit.js';
import type { OsvOptions } from '../deps/osv.js';
import { BullReviewQueue } from '../fleet/bullmq-queue.js';
import { createMetrics, type AppMetrics } from '../fleet/metrics.js';
import { RedisDeliveryDedup } from '../fleet/redis-delivery-dedup.js';
import { RedisHeadRegister } from '../fleet/redis-head-register.js';
import { failFast } from '../fleet/redis-options.js';
import { RedisPrLock } from '../fleet/redis-pr-lock.js';
import { RedisReportLedger } from '../fleet/redis-report-ledger.js';
import { RedisCheckSlots } from '../fleet/redis-check-slots.js';
import { redisStateLost } from '../fleet/redis-epoch.js';
import { MemoryCheckSlots } from '../review/check-slots.js';
import { UnspacedClients } from '../github/unspaced-client.js';
import { startSweeper } from '../review/check-sweep.js';
import { DeliveryDedup } from '../review/delivery-dedup.js';
import { MemoryHeadRegister } from '../review/head-register.js';
import { InProcessReviewQueue, type RetryBackoff } from '../review/in-process-queue.js';
import { ReportLedger } from '../review/report-ledger.js';
import { reviewPullRequest } from '../review/review-pr.js';
import { ReviewMemory } from '../review/review-memory.js';
import { recordDecision } from '../review/record-decision.js';
import { createJobRunner } from '../review/run-review-job.js';
import { createFileAnalyzer } from '../scan/file-analyzer.js';
import { MemoryStore } from '../cache/memory-store.js';
import { ResultCache, withResultCache } from '../cache/result-cache.js';
import type { AppDeps } from './deps.js';
import { AfterAnswer } from './after-answer.js';

/** A worker waits for the web tier's queued create this long beyond that request's deadline. */
const SLOT_WAIT_MARGIN_MS = 5000;
export interface FleetOptions {
  /** Fleet mode: BullMQ and shared state in this Redis. */
  redisUrl?: string;
  /** web: enqueue only; worker: run reviews (and the sweep); all: both (default). */
  role?: Role;
  /** Job lock / stalled-job detection (fleet mode). */
  lockMs?: number;
  /** A new job waits this long so a second quick push replaces it (fleet mode; default 100 ms). */
  debounceMs?: number;
  /** Retries of transient failures (both modes). */
  backoff?: RetryBackoff;
  /** The check sweep (workers only): off when absent. */
  sweep?: { intervalMs: number; graceMs?: number; firstDelayMs?: number };
  /** Deadline of each GitHub request. */
  requestTimeoutMs?: number;
}

export interface AppOptions {
  appId: number;
  /** Reviews running at once per process (default 2: the machine has two cores and analysis is CPU-bound). */
  concurrency?: number;
  timeoutMs?: number;
  rules?: readonly Rule[];
  now?: () => Date;
  retryPolicy?: RetryPolicy;
  /** OSV client settings for the dependency review (OSV_API_URL, OSV_TIMEOUT_MS). */
  osv?: OsvOptions;
  /** The App's slug (APP_SLUG): only `<slug>[bot]` comments carry trusted fingerprint markers. */
  appSlug?: string;
  /** Fleet mode: delivery ids are de-duplicated across replicas in this Redis (same as fleet.redisUrl). */
  redisUrl?: string;
  fleet?: FleetOptions;
  /**
   * Analysis worker threads (default: one per concurrent review, at most the CPU count) and the compiled worker
   * entry (default: dist's own; tests pass a private build). `threads: 0` analyses on the event loop (tests only).
   */
  analysis?: { threads?: number; script?: URL };
  /** Results kept in memory across reviews (files of unchanged content, same config); 0 turns the cache off. */
  cacheEntries?: number;
}

export interface BuiltDeps extends AppDeps {
  metrics: AppMetrics;
  /** The queue can take work and the shared state (Redis) is connected. */
  ready(): Promise<boolean>;
  /** Stops the sweep, closes the queue (running reviews get `deadlineMs`), Redis and the analysis workers. */
  shutdown(deadlineMs?: number): Promise<void>;
}

export function createAppDeps(options: AppOptions, app: Pick<Probot, 'log' | 'auth'>): BuiltDeps {
  const log = app.log;
  const fleet = options.fleet ?? {};
  const redisUrl = fleet.redisUrl ?? options.redisUrl;
  const role = redisUrl ? (fleet.role ?? 'all') : 'all';
  const runsReviews = role !== 'web';
  const memory = new ReviewMemory();
  const now = options.now ?? (() => new Date());
  const rules = options.rules ?? RULES;
  const concurrency = options.concurrency ?? 2;
  const pool = createFileAnalyzer({
    threads: options.analysis?.threads ?? Math.max(1, Math.min(availableParallelism(), concurrency)),
    ...(options.analysis?.script ? { script: options.analysis.script } : {}),
  });
  // A re-run check or a push that touches a few files re-analyses only those (and re-solves the data flow).
  const files =
    options.cacheEntries === 0 ? pool : withResultCache(pool, new ResultCache(new MemoryStore(options.cacheEntries)));
  if (runsReviews) {
    if (files.mode === 'in-thread')
      log.warn('analysis runs on the event loop (no compiled worker or threads: 0): no per-file budget');
    files.warm();
  }
  const metrics = createMetrics();
  const requests = {
    ...(fleet.requestTimeoutMs ? { timeoutMs: fleet.requestTimeoutMs } : {}),
    observer: metrics.github,
  };
  const redis = redisUrl ? new Redis(failFast(redisUrl)) : undefined;
  redis?.on('error', () => undefined); // reported through /readyz and the failing calls themselves
  const heads = redis ? new RedisHeadRegister(redis) : new MemoryHeadRegister();
  const ledger = redis ? new RedisReportLedger(redis) : new ReportLedger();
  const checkSlots = redis ? new RedisCheckSlots(redis) : new MemoryCheckSlots();
  // Fleet mode: the web tier creates the check run `queued` once the webhook is answered (no write spacing, no
  // rate-limit wait: when it fails the worker creates the run).
  const unspaced = redis ? new UnspacedClients(async () => (await app.auth()) as unknown as GitHubClient) : undefined;
  const doorRequests = { ...requests, timeoutMs: Math.min(requests.timeoutMs ?? 20_000, 10_000) };
  const reviewDeps = {
    rules,
    files,
    ledger,
    memory,
    now,
    timeoutMs: options.timeoutMs ?? 300_000,
    ...(options.osv ? { osv: options.osv } : {}),
  };
  const runner = createJobRunner({
    githubFor: async (installationId, repo) => {
      const octokit = (await app.auth(installationId)) as unknown as GitHubClient;
      return createGitHubPort(octokit, repo, options.retryPolicy, options.appSlug, requests);
    },
    review: (github, request, run, reviewLog) =>
      reviewPullRequest(github, request, { ...reviewDeps, log: reviewLog }, run),
    heads,
    checkSlots,
    slotWaitMs: doorRequests.timeoutMs + SLOT_WAIT_MARGIN_MS,
    log,
    observe: metrics.job,
    ...(redis ? { lock: new RedisPrLock(redis, { ttlMs: fleet.lockMs ?? 20_000 }) } : {}),
  });
  const queue = redisUrl
    ? new BullReviewQueue({
        url: redisUrl,
        log,
        ...(fleet.lockMs ? { lockMs: fleet.lockMs } : {}),
        ...(fleet.debounceMs !== undefined ? { debounceMs: fleet.debounceMs } : {}),
        ...(fleet.backoff ? { attempts: fleet.backoff.attempts, backoffMs: fleet.backoff.delayMs } : {}),
        ...(runsReviews ? { worker: { runner, concurrency } } : {}),
      })
    : new InProcessReviewQueue(concurrency, runner, log, fleet.backoff);
  metrics.queueDepth(() => queue.depth());
  const stopSweep =
    runsReviews && fleet.sweep
      ? startSweeper(
          {
            source: createSweepSource(
              async (id) => (await app.auth(id)) as unknown as GitHubClient,
              options.appId,
              (c) => prepareClient(c, options.retryPolicy, requests),
            ),
            queue,
            heads,
            log,
            ...(redis ? { stateLost: redisStateLost(redis) } : {}),
            ...(fleet.sweep.graceMs !== undefined ? { graceMs: fleet.sweep.graceMs } : {}),
          },
          fleet.sweep.intervalMs,
          fleet.sweep.firstDelayMs,
        )
      : undefined;
  const afterAnswer = new AfterAnswer();
  const deliveries = redis ? new RedisDeliveryDedup(redis, {}, false) : new DeliveryDedup();
  return {
    appId: options.appId,
    queue,
    heads,
    files,
    deliveries,
    metrics,
    afterAnswer,
    checkSlots,
    // The worker waits the create's deadline plus the margin: the create must start within the margin (less a second).
    queuedCheckStartMs: SLOT_WAIT_MARGIN_MS - 1000,
    ...(unspaced
      ? {
          queuedChecks: async (installationId: number, repo: { owner: string; repo: string }) =>
            createGitHubPort(
              await unspaced.for(installationId),
              repo,
              { ...(options.retryPolicy ?? DEFAULT_RETRY_POLICY), retries: 0 },
              options.appSlug,
              doorRequests,
            ),
        }
      : {}),
    github: (context: Context) => {
      const { owner, repo } = context.repo();
      return createGitHubPort(
        context.octokit as unknown as GitHubClient,
        { owner, repo },
        options.retryPolicy,
        options.appSlug,
        requests,
      );
    },
    ready: async () => (!redis || redis.status === 'ready') && queue.ready(),
    shutdown: async (deadlineMs) => {
      stopSweep?.();
      await afterAnswer.idle();
      await queue.close(deadlineMs);
      await redis?.quit().catch(() => redis.disconnect());
      await files.close();
    },
    decide: (github, input, decideLog) => recordDecision(github, input, { memory, ledger, now, log: decideLog }),
    now,
  };
}
