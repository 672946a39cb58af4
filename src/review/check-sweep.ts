// The sweep that keeps a check from hanging: it looks at the head of every open pull request and, where this
// App's check run is queued/in progress (or missing) with no live job, queues a review that resumes that run.
// Run at start-up and periodically by workers; what Redis loses (queued work) is found again here. A deep sweep (at
// start-up, after Redis lost its state, and every `deepEvery` sweeps) also reads each open pull request's older
// commits and completes any of their checks left queued/in progress `neutral`, superseded by the head: after a Redis
// loss no slot or job remembers them. Bounded: `deepPulls` pull requests, `deepCommits` commits each.
import type { Logger } from 'pino';
import type { OpenPull, SweepSource } from '../github/open-checks.js';
import type { HeadRegister } from './head-register.js';
import type { ReviewQueuePort } from './queue-port.js';
import { dedupId, jobKey, type ReviewJob } from './review-job.js';
import { submitReview } from './submit-review.js';
import { supersededCheck } from './review-pr.js';

export interface SweepDeps {
  source: SweepSource;
  queue: ReviewQueuePort;
  heads: HeadRegister;
  log: Logger;
  /** A pull request updated more recently than this may still have its webhook in flight: left alone. */
  graceMs?: number;
  now?: () => number;
  /** True once after the shared state was lost (Redis flushed or replaced): the next sweep is a deep one. */
  stateLost?: () => Promise<boolean>;
  /** A deep sweep every this many sweeps besides (default 10). */
  deepEvery?: number;
  /** Pull requests whose older commits a deep sweep reads (most recently updated first; default 100). */
  deepPulls?: number;
  /** Older commits read per pull request (newest first; default 10). */
  deepCommits?: number;
}

export interface SweepResult {
  pulls: number;
  requeued: number;
  /** Older commits' checks completed as superseded (deep sweeps). */
  superseded: number;
}

export async function sweepChecks(deps: SweepDeps, options: { deep?: boolean } = {}): Promise<SweepResult> {
  const now = deps.now ?? Date.now;
  const result = { pulls: 0, requeued: 0, superseded: 0 };
  let deepLeft = options.deep ? (deps.deepPulls ?? 100) : 0;
  for (const installationId of await deps.source.installations()) {
    for (const open of await deps.source.openPulls(installationId)) {
      result.pulls++;
      if (deepLeft > 0) {
        deepLeft--;
        result.superseded += await supersedeOlderCommits(deps, installationId, open);
      }
      const job: ReviewJob = {
        installationId,
        receivedAt: now(),
        request: { repo: open.repo, pull: open.pull, deliveryId: `sweep-${now()}`, trigger: 'sweep', explicit: false },
      };
      // A head review, or a job for exactly this commit (our report commit's push is settled by the loop guard).
      if (
        (await deps.queue.hasLiveJob(dedupId(job))) ||
        (await deps.queue.hasLiveJob(`${jobKey(job)}@${open.pull.headSha}`))
      )
        continue;
      const checks = await deps.source.ownChecks(installationId, open.repo, open.pull.headSha);
      const hanging = checks.find((c) => c.status !== 'completed');
      const missing = checks.length === 0 && !open.pull.draft && now() - open.updatedAt > (deps.graceMs ?? 60_000);
      if (!hanging && !missing) continue;
      deps.log.warn(
        {
          repo: `${open.repo.owner}/${open.repo.repo}`,
          pr: open.pull.number,
          sha: open.pull.headSha,
          check: hanging?.id,
          status: hanging?.status ?? 'missing',
        },
        'check sweep: no live job for this check; review re-queued',
      );
      await submitReview(deps.queue, deps.heads, hanging ? { ...job, checkId: hanging.id } : job);
      result.requeued++;
    }
  }
  return result;
}

/** A deep sweep's look at one pull request's older commits (left alone while a job for the pull request is live). */
async function supersedeOlderCommits(deps: SweepDeps, installationId: number, open: OpenPull): Promise<number> {
  const job = { installationId, request: { repo: open.repo, pull: open.pull } } as Pick<
    ReviewJob,
    'installationId' | 'request'
  >;
  if (await deps.queue.hasLiveJob(jobKey(job))) return 0;
  let completed = 0;
  const head = open.pull.headSha;
  for (const sha of await deps.source.olderCommits(installationId, open.repo, open.pull, deps.deepCommits ?? 10)) {
    if (await deps.queue.hasLiveJob(`${jobKey(job)}@${sha}`)) continue;
    for (const check of await deps.source.ownChecks(installationId, open.repo, sha)) {
      if (check.status === 'completed') continue;
      deps.log.warn(
        {
          repo: `${open.repo.owner}/${open.repo.repo}`,
          pr: open.pull.number,
          sha,
          check: check.id,
          status: check.status,
        },
        'check sweep: an older commit check left open; completed as superseded',
      );
      await deps.source.completeCheck(
        installationId,
        open.repo,
        check.id,
        supersededCheck(head, 'found by the check sweep'),
      );
      completed++;
    }
  }
  return completed;
}

/** Sweeps once soon after start and then every `intervalMs` (never two at once); returns the stop function. */
export function startSweeper(deps: SweepDeps, intervalMs: number, firstDelayMs = 1000): () => void {
  let running = false;
  let count = 0;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const lost = (await deps.stateLost?.().catch(() => false)) ?? false;
      const deep = count++ % (deps.deepEvery ?? 10) === 0 || lost;
      const swept = await sweepChecks(deps, { deep });
      if (swept.requeued > 0 || swept.superseded > 0) deps.log.info({ ...swept, deep, lost }, 'check sweep done');
    } catch (error) {
      deps.log.warn({ err: error }, 'check sweep failed; next one on schedule');
    } finally {
      running = false;
    }
  };
  const first = setTimeout(() => void tick(), firstDelayMs);
  const every = setInterval(() => void tick(), intervalMs);
  first.unref();
  every.unref();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
