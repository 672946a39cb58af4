// Builds the production dependencies of the handlers: queue, dedup, octokit port, the review pipeline with the rules.
import { availableParallelism } from 'node:os';
import type { Logger } from 'pino';
import type { Context } from 'probot';
import { RULES } from '../../rules/index.js';
import type { Rule } from '../analysis/rule.js';
import { createGitHubPort } from '../github/create-port.js';
import type { RetryPolicy } from '../github/rate-limit.js';
import type { OsvOptions } from '../deps/osv.js';
import { DeliveryDedup } from '../review/delivery-dedup.js';
import { RedisDeliveryDedup } from '../fleet/redis-delivery-dedup.js';
import { ReportLedger } from '../review/report-ledger.js';
import { reviewPullRequest } from '../review/review-pr.js';
import { ReviewQueue } from '../review/review-queue.js';
import { ReviewMemory } from '../review/review-memory.js';
import { recordDecision } from '../review/record-decision.js';
import { createFileAnalyzer } from '../scan/file-analyzer.js';
import { MemoryStore } from '../cache/memory-store.js';
import { ResultCache, withResultCache } from '../cache/result-cache.js';
import type { AppDeps } from './deps.js';

export interface AppOptions {
  appId: number;
  /** Reviews running at once (default 2: the machine has two cores and analysis is CPU-bound). */
  concurrency?: number;
  timeoutMs?: number;
  rules?: readonly Rule[];
  now?: () => Date;
  retryPolicy?: RetryPolicy;
  /** OSV client settings for the dependency review (OSV_API_URL, OSV_TIMEOUT_MS). */
  osv?: OsvOptions;
  /** The App's slug (APP_SLUG): only `<slug>[bot]` comments carry trusted fingerprint markers. */
  appSlug?: string;
  /** Fleet mode: delivery ids are de-duplicated across replicas in this Redis. */
  redisUrl?: string;
  /**
   * Analysis worker threads (default: one per concurrent review, at most the CPU count) and the compiled worker
   * entry (default: dist's own; tests pass a private build). `threads: 0` analyses on the event loop (tests only).
   */
  analysis?: { threads?: number; script?: URL };
  /** Results kept in memory across reviews (files of unchanged content, same config); 0 turns the cache off. */
  cacheEntries?: number;
}

export function createAppDeps(options: AppOptions, log: Logger): AppDeps {
  const ledger = new ReportLedger();
  const memory = new ReviewMemory();
  const now = options.now ?? (() => new Date());
  const rules = options.rules ?? RULES;
  const concurrency = options.concurrency ?? 2;
  const pool = createFileAnalyzer({
    threads: options.analysis?.threads ?? Math.max(1, Math.min(availableParallelism(), concurrency)),
    ...(options.analysis?.script ? { script: options.analysis.script } : {}),
  });
  // A re-run check or a push that touches a few files re-analyses only those (and re-solves the data flow).
  const files = options.cacheEntries === 0 ? pool : withResultCache(pool, new ResultCache(new MemoryStore(options.cacheEntries)));
  if (files.mode === 'in-thread') log.warn('analysis runs on the event loop (no compiled worker or threads: 0): no per-file budget');
  files.warm();
  const reviewDeps = { rules, files, ledger, memory, now, timeoutMs: options.timeoutMs ?? 300_000,
    ...(options.osv ? { osv: options.osv } : {}) };
  return {
    appId: options.appId,
    queue: new ReviewQueue(concurrency, log),
    files,
    deliveries: options.redisUrl ? RedisDeliveryDedup.connect(options.redisUrl) : new DeliveryDedup(),
    github: (context: Context) => {
      const { owner, repo } = context.repo();
      return createGitHubPort(context.octokit, { owner, repo }, options.retryPolicy, options.appSlug);
    },
    review: (github, request, reviewLog) => reviewPullRequest(github, request, { ...reviewDeps, log: reviewLog }),
    decide: (github, input, decideLog) => recordDecision(github, input, { memory, ledger, now, log: decideLog }),
    now,
  };
}
