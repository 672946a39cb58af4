// The Probot app: wires the webhook events to the thin handlers of src/app/ (nothing else lives here).
import type { ApplicationFunction, Probot } from 'probot';
import type { Registry } from 'prom-client';
import { createAppDeps, type AppOptions, type BuiltDeps } from './app/create-deps.js';
import { containErrors } from './app/contain-errors.js';
import { CHECK_RUN_EVENTS, onCheckRun } from './app/on-check-run.js';
import { onIssueComment } from './app/on-issue-comment.js';
import { MERGE_GROUP_EVENTS, onMergeGroup } from './app/on-merge-group.js';
import { onReviewComment } from './app/on-review-comment.js';
import { onPullRequest, PULL_REQUEST_EVENTS } from './app/on-pull-request.js';
import { parseEnv } from './config/env.js';

export interface SentinelApp {
  appFn: ApplicationFunction;
  /** Resolves when every queued review has finished (webhooks are acknowledged before that). */
  idle(): Promise<void>;
  /** Stops taking reviews (running ones get `deadlineMs`, then are handed back), releases Redis and the workers. */
  close?(deadlineMs?: number): Promise<void>;
  /** Queue reachable and, where this process runs reviews, its workers running (/readyz). */
  ready(): Promise<boolean>;
  /** The Prometheus registry (/metrics), once the app is loaded. */
  metrics(): Registry | undefined;
  /** Records one answered webhook (status, seconds from arrival to answer) in the metrics. */
  observeWebhook(status: number, seconds: number): void;
}

export function createSentinelApp(options: AppOptions): SentinelApp {
  let deps: BuiltDeps | undefined;
  const appFn = (app: Probot): void => {
    deps = createAppDeps(options, app);
    // A handler's error reaches the server log only; the webhook sender gets a generic 500 (503: redeliver).
    app.on([...PULL_REQUEST_EVENTS], containErrors(onPullRequest(deps)));
    app.on('issue_comment.created', containErrors(onIssueComment(deps)));
    app.on([...CHECK_RUN_EVENTS], containErrors(onCheckRun(deps)));
    app.on('pull_request_review_comment.created', containErrors(onReviewComment(deps)));
    app.on([...MERGE_GROUP_EVENTS], containErrors(onMergeGroup(deps)));
  };
  return {
    appFn,
    idle: async () => {
      await deps?.afterAnswer.idle();
      await deps?.queue.idle();
    },
    close: async (deadlineMs) => deps?.shutdown(deadlineMs),
    ready: async () => (deps ? deps.ready() : false),
    metrics: () => deps?.metrics.registry,
    observeWebhook: (status, seconds) => deps?.metrics.webhook(status, seconds),
  };
}

/** For `probot run dist/src/index.js`: options from the environment. */
export default function sentinelApp(app: Probot, options: Parameters<ApplicationFunction>[1]): void {
  const parsed = parseEnv(process.env);
  if (!parsed.ok) throw new Error(parsed.error);
  const { appId, reviewConcurrency, reviewTimeoutMs, osv, fleet } = parsed.env;
  void createSentinelApp({
    appId,
    concurrency: reviewConcurrency,
    timeoutMs: reviewTimeoutMs,
    osv,
    fleet: { ...fleet, sweep: { intervalMs: fleet.sweepIntervalMs } },
  }).appFn(app, options);
}
