// The check sweep: an open pull request whose head has this App's check queued/in progress (or none, once old
// enough) and no live job is queued again, resuming that check run; everything else is left alone.
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import type { OpenPull, OwnCheck, SweepSource } from '../../src/github/open-checks.js';
import { sweepChecks } from '../../src/review/check-sweep.js';
import { MemoryHeadRegister } from '../../src/review/head-register.js';
import type { ReviewQueuePort } from '../../src/review/queue-port.js';
import { dedupId, type ReviewJob } from '../../src/review/review-job.js';

const NOW = 1_000_000_000;
const repo = { owner: 'acme', repo: 'shop' };

function pull(number: number, options: { draft?: boolean; ageMs?: number } = {}): OpenPull {
  return {
    repo,
    updatedAt: NOW - (options.ageMs ?? 120_000),
    pull: {
      number,
      headSha: `sha${number}`,
      headRef: `b${number}`,
      isFork: false,
      draft: options.draft ?? false,
      defaultBranch: 'main',
    },
  };
}

function fakeQueue(live: Set<string>): ReviewQueuePort & { queued: ReviewJob[] } {
  const queued: ReviewJob[] = [];
  return {
    queued,
    enqueue: async (job) => {
      queued.push(job);
    },
    hasLiveJob: async (id) => live.has(id),
    depth: async () => queued.length,
    idle: async () => undefined,
    ready: async () => true,
    close: async () => undefined,
  };
}

describe('sweepChecks', () => {
  it('re-queues hanging and missing checks with no live job, resuming the hanging run; leaves the rest', async () => {
    const pulls = [pull(1), pull(2), pull(3), pull(4), pull(5, { ageMs: 1000 }), pull(6, { draft: true }), pull(7)];
    const checks: Record<string, OwnCheck[]> = {
      sha1: [{ id: 11, status: 'in_progress' }],
      sha2: [{ id: 12, status: 'completed' }],
      sha3: [],
      sha4: [{ id: 14, status: 'queued' }],
      sha5: [],
      sha6: [],
      sha7: [{ id: 17, status: 'in_progress' }],
    };
    const source: SweepSource = {
      installations: async () => [1],
      openPulls: async () => pulls,
      ownChecks: async (_id, _repo, sha) => checks[sha] ?? [],
    };
    const liveJob = {
      installationId: 1,
      receivedAt: NOW,
      request: { repo, pull: pulls[3]!.pull, deliveryId: 'd', trigger: 'opened', explicit: false },
    };
    const queue = fakeQueue(new Set([dedupId(liveJob)]));
    const heads = new MemoryHeadRegister();
    const result = await sweepChecks({ source, queue, heads, log: pino({ level: 'silent' }), now: () => NOW });

    expect(result).toEqual({ pulls: 7, requeued: 3, superseded: 0 });
    expect(queue.queued.map((j) => [j.request.pull.number, j.checkId])).toEqual([
      [1, 11],
      [3, undefined],
      [7, 17],
    ]);
    expect(await heads.latest('1:acme/shop#1')).toBe('sha1');
  });
});
