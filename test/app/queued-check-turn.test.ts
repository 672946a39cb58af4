// The web tier's queued check is created after the answer, a few follow-ups at a time. One that waited its turn past
// `queuedCheckStartMs` is not created: the worker stops waiting for a create this long after the delivery, so a late
// create would put a second check run on the commit.
import pino from 'pino';
import type { Context } from 'probot';
import { describe, expect, it } from 'vitest';
import { AfterAnswer } from '../../src/app/after-answer.js';
import type { AppDeps } from '../../src/app/deps.js';
import { enqueueReview } from '../../src/app/enqueue-review.js';
import { MemoryCheckSlots } from '../../src/review/check-slots.js';
import type { ReviewRequest } from '../../src/review/review-request.js';
import { jobKey } from '../../src/review/review-job.js';

const KEY = () => jobKey({ installationId: 1, request: REQUEST });
const REQUEST = {
  repo: { owner: 'o', repo: 'r' },
  pull: { number: 7, headSha: 'a'.repeat(40), baseSha: 'b'.repeat(40), draft: false },
  deliveryId: 'd-1',
  trigger: 'opened',
  explicit: false,
} as unknown as ReviewRequest;

function setup(queuedCheckStartMs: number) {
  const created: string[] = [];
  const checkSlots = new MemoryCheckSlots();
  const deps = {
    queue: { enqueue: async () => undefined },
    heads: { mark: async () => undefined, latest: async () => undefined },
    checkSlots,
    afterAnswer: new AfterAnswer(),
    queuedCheckStartMs,
    queuedChecks: async () => ({
      queueCheck: async (sha: string) => {
        created.push(sha);
        return 42;
      },
    }),
  } as unknown as AppDeps;
  const context = {
    id: 'd-1',
    payload: { installation: { id: 1 } },
    log: pino({ enabled: false }),
  } as unknown as Context;
  return { deps, context, created, checkSlots };
}

describe('the queued check after the answer', () => {
  it('is created when its turn comes in time, and its slot says so', async () => {
    const { deps, context, created, checkSlots } = setup(60_000);
    await enqueueReview(deps, context, REQUEST, undefined, { queueCheck: true });
    await deps.afterAnswer.idle();
    expect(created).toEqual([REQUEST.pull.headSha]);
    expect(await checkSlots.take(KEY(), REQUEST.pull.headSha)).toEqual({ state: 'check', id: 42 });
  });

  it('is left to the worker when its turn came too late: no create, the slot still "being created"', async () => {
    const { deps, context, created, checkSlots } = setup(-1); // every turn is too late
    await enqueueReview(deps, context, REQUEST, undefined, { queueCheck: true });
    await deps.afterAnswer.idle();
    expect(created).toEqual([]);
    expect((await checkSlots.take(KEY(), REQUEST.pull.headSha)).state).toBe('creating');
  });
});
