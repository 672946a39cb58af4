// Runs one queued review, whichever queue handed it over: supersede check first (a newer head asked for →
// nothing to do), the per-pull-request lock, a watch that cancels the review at its next step when a newer head
// arrives or the worker hands the job back, and the rescan comment's reaction once the outcome is known.
import type { Logger } from 'pino';
import type { GitHubPort } from '../github/port.js';
import type { RepoCoords } from '../github/octokit.js';
import type { HeadRegister } from './head-register.js';
import { HandedBack, LockBusy, Superseded } from './job-signals.js';
import type { Attempt, JobRunner } from './queue-port.js';
import { supersededCheck, type ReviewRun } from './review-pr.js';
import { adoptsCheck, isSupersedable, jobKey, type ReviewJob } from './review-job.js';
import type { CheckSlots } from './check-slots.js';
import { adoptCheck, takenCheck } from './adopt-check.js';
import type { ReviewRequest } from './review-request.js';
import { completeWithRetry } from './complete-with-retry.js';

/** Mutual exclusion per pull request across the fleet (in one process the queue already runs one job per PR). */
export interface PrLock {
  /** Resolves with a release function, or throws when the lock stays taken past its wait. */
  acquire(key: string): Promise<() => Promise<void>>;
}

export type JobOutcome = 'completed' | 'superseded' | 'handed-back' | 'retrying' | 'failed';

export interface RunnerDeps {
  githubFor(installationId: number, repo: RepoCoords): Promise<GitHubPort>;
  review(github: GitHubPort, request: ReviewRequest, run: ReviewRun, log: Logger): Promise<void>;
  heads: HeadRegister;
  /** The one check run per commit: the web tier's queued run is adopted, older commits' queued runs superseded. */
  checkSlots?: CheckSlots;
  /** How long a queued check still being created is waited for (default 25 s). */
  slotWaitMs?: number;
  log: Logger;
  lock?: PrLock;
  /** How often a running review asks whether a newer head superseded it. */
  watchMs?: number;
  /** Metrics: how each attempt ended and how long it took; delivery → done for completed ones. */
  observe?(outcome: JobOutcome, seconds: number, job: ReviewJob): void;
}

export function createJobRunner(deps: RunnerDeps): JobRunner {
  return async (job, attempt) => {
    const started = performance.now();
    const log = deps.log.child({
      delivery: job.request.deliveryId,
      repo: `${job.request.repo.owner}/${job.request.repo.repo}`,
      pr: job.request.pull.number,
      job: jobKey(job),
      attempt: attempt.attemptsMade,
    });
    let outcome: JobOutcome = 'failed';
    try {
      outcome = await runOnce(deps, job, attempt, log);
    } catch (error) {
      outcome =
        error instanceof HandedBack || error instanceof LockBusy
          ? 'handed-back'
          : attempt.final
            ? 'failed'
            : 'retrying';
      if (outcome === 'failed') await react(deps, job, 'confused', log);
      throw error;
    } finally {
      deps.observe?.(outcome, (performance.now() - started) / 1000, job);
    }
  };
}

async function runOnce(deps: RunnerDeps, job: ReviewJob, attempt: Attempt, log: Logger): Promise<JobOutcome> {
  const { request } = job;
  const github = await deps.githubFor(job.installationId, request.repo);
  const key = jobKey(job);
  const sha = request.pull.headSha;
  const slots = adoptsCheck(job) ? deps.checkSlots : undefined;
  const newer = await newerHead(deps, job);
  if (newer) {
    log.info({ sha, by: newer }, 'queued review superseded before it started');
    const checkId = job.checkId ?? (slots ? await takenCheck(slots, key, sha) : undefined);
    if (checkId) {
      await completeWithRetry(() => github.completeCheck(checkId, supersededCheck(newer)));
      await settle(deps, key, sha, checkId, log);
    }
    await react(deps, job, 'rocket', log);
    return 'superseded';
  }
  const checkId =
    job.checkId ??
    (slots ? await adoptCheck(slots, github, key, sha, { waitMs: deps.slotWaitMs ?? 25_000 }) : undefined);
  if (checkId && !job.checkId) await attempt.saveCheckId(checkId);
  if (slots && isSupersedable(job)) await supersedeOlderChecks(slots, github, key, sha, log);
  let current = checkId;
  const release = await deps.lock?.acquire(key);
  const stop = new AbortController();
  const handBack = () => stop.abort(new HandedBack());
  attempt.signal.addEventListener('abort', handBack, { once: true });
  const watch = setInterval(
    () =>
      void newerHead(deps, job).then(
        (by) => {
          if (by && !stop.signal.aborted) stop.abort(new Superseded(by));
        },
        () => undefined,
      ),
    deps.watchMs ?? 250,
  );
  try {
    await deps.review(
      github,
      request,
      {
        ...(checkId ? { checkId } : {}),
        signal: stop.signal,
        final: attempt.final,
        onCheckStarted: async (id) => {
          current = id;
          await attempt.saveCheckId(id);
          await deps.checkSlots?.started(key, sha, id);
        },
      },
      log,
    );
  } finally {
    clearInterval(watch);
    attempt.signal.removeEventListener('abort', handBack);
    await release?.().catch(() => undefined);
  }
  // The review returned, so its check is completed: a later review of the same commit gets a check of its own.
  if (current) await settle(deps, key, sha, current, log);
  const superseded = stop.signal.aborted && stop.signal.reason instanceof Superseded;
  await react(deps, job, 'rocket', log);
  return superseded ? 'superseded' : 'completed';
}

/** Frees the commit's check slot once its check is completed (a stale slot only costs a duplicate check later). */
async function settle(deps: RunnerDeps, key: string, sha: string, id: number, log: Logger): Promise<void> {
  await deps.checkSlots?.finished(key, sha, id).catch((error: unknown) => {
    log.warn({ err: error, check: id }, 'could not free the check slot of a completed check');
  });
}

/** Queued checks of the pull request's older commits whose jobs were replaced before they ran: neutral, superseded. */
async function supersedeOlderChecks(
  slots: CheckSlots,
  github: GitHubPort,
  key: string,
  sha: string,
  log: Logger,
): Promise<void> {
  for (const id of await slots.supersedeOthers(key, sha)) {
    await completeWithRetry(() => github.completeCheck(id, supersededCheck(sha))).catch((error: unknown) =>
      log.warn({ err: error, check: id }, "could not complete an older commit's queued check; the sweep will"),
    );
  }
}

/** The newer head that supersedes this job, if one was asked for. */
async function newerHead(deps: RunnerDeps, job: ReviewJob): Promise<string | undefined> {
  if (!isSupersedable(job)) return undefined;
  const latest = await deps.heads.latest(jobKey(job));
  return latest && latest !== job.request.pull.headSha ? latest : undefined;
}

async function react(deps: RunnerDeps, job: ReviewJob, reaction: 'rocket' | 'confused', log: Logger): Promise<void> {
  if (!job.reactTo) return;
  try {
    const github = await deps.githubFor(job.installationId, job.request.repo);
    await github.react(job.reactTo, reaction);
  } catch (error) {
    log.warn({ err: error, reaction }, 'could not react to the rescan comment');
  }
}
