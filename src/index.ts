// The Probot app: wires the webhook events to the thin handlers of src/app/ (nothing else lives here).
import type { ApplicationFunction, Probot } from 'probot';
import { createAppDeps, type AppOptions } from './app/create-deps.js';
import type { AppDeps } from './app/deps.js';
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
  /** Releases shared connections (Redis in fleet mode) and the analysis workers. */
  close?(): Promise<void>;
}

export function createSentinelApp(options: AppOptions): SentinelApp {
  let deps: AppDeps | undefined;
  const appFn = (app: Probot): void => {
    deps = createAppDeps(options, app.log);
    // A handler's error reaches the server log only; the webhook sender gets a generic 500.
    app.on([...PULL_REQUEST_EVENTS], containErrors(onPullRequest(deps)));
    app.on('issue_comment.created', containErrors(onIssueComment(deps)));
    app.on([...CHECK_RUN_EVENTS], containErrors(onCheckRun(deps)));
    app.on('pull_request_review_comment.created', containErrors(onReviewComment(deps)));
    app.on([...MERGE_GROUP_EVENTS], containErrors(onMergeGroup(deps)));
  };
  const close = async () => {
    const gate = deps?.deliveries as { close?(): Promise<void> } | undefined;
    await gate?.close?.();
    await deps?.files.close();
  };
  return { appFn, idle: async () => deps?.queue.idle(), close };
}

/** For `probot run dist/src/index.js`: options from the environment. */
export default function sentinelApp(app: Probot, options: Parameters<ApplicationFunction>[1]): void {
  const parsed = parseEnv(process.env);
  if (!parsed.ok) throw new Error(parsed.error);
  const { appId, reviewConcurrency, reviewTimeoutMs, osv } = parsed.env;
  const redisUrl = process.env.REDIS_URL;
  void createSentinelApp({ appId, concurrency: reviewConcurrency, timeoutMs: reviewTimeoutMs, osv, ...(redisUrl ? { redisUrl } : {}) }).appFn(app, options);
}
