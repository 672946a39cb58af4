// The sweep that keeps a check from hanging: it looks at the head of every open pull request and, where this
// App's check run is queued/in progress (or missing) with no live job, queues a review that resumes that run.
// Run at start-up and periodically by workers; what Redis loses (queued work) is found again here.
import type { Logger } from 'pino';
import type { SweepSource } from '../github/open-checks.js';
import type { HeadRegister } from './head-register.js';
import type { ReviewQueuePort } from './queue-port.js';
import { dedupId, jobKey, type ReviewJob } from './review-job.js';
import { submitReview } from './submit-review.js';

export interface SweepDeps {
  source: SweepSource;
  queue: ReviewQueuePort;
  heads: HeadRegister;
  log: Logger;
  /** A pull request updated more recently than this may still have its webhook in flight: left alone. */
  graceMs?: number;
  now?: () => number;
}

export interface SweepResult {
  pulls: number;
  requeued: number;
}

export async function sweepChecks(deps: SweepDeps): Promise<SweepResult> {
  const now = deps.now ?? Date.now;
  const result = { pulls: 0, requeued: 0 };
  for (const installationId of await deps.source.installations()) {
    for (const open of await deps.source.openPulls(installationId)) {
      result.pulls++;
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

/** Sweeps once soon after start and then every `intervalMs` (never two at once); returns the stop function. */
export function startSweeper(deps: SweepDeps, intervalMs: number, firstDelayMs = 1000): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const swept = await sweepChecks(deps);
      if (swept.requeued > 0) deps.log.info(swept, 'check sweep done');
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
