// The review queue: bounded concurrency, one job per pull request, newer jobs supersede waiting ones.
import { describe, expect, it } from 'vitest';
import { ReviewQueue, type QueuedJob } from '../../src/review/review-queue.js';
import { DeliveryDedup } from '../../src/review/delivery-dedup.js';

const silent = { info: () => undefined, error: () => undefined };

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('ReviewQueue', () => {
  it('runs one job per pull request at a time, and a newer head SHA replaces the waiting one', async () => {
    const queue = new ReviewQueue(2, silent);
    const ran: string[] = [];
    const gate = deferred();
    const superseded: string[] = [];
    const job = (sha: string, wait?: Promise<void>): QueuedJob => ({
      key: 'o/r#1',
      headSha: sha,
      run: async () => {
        ran.push(`start ${sha}`);
        await wait;
        ran.push(`end ${sha}`);
      },
      superseded: (by) => superseded.push(`${sha}→${by.headSha}`),
    });
    queue.enqueue(job('a', gate.promise));
    await new Promise((r) => setImmediate(r));
    queue.enqueue(job('b'));
    queue.enqueue(job('c'));
    expect(ran).toEqual(['start a']);
    gate.resolve();
    await queue.idle();
    expect(ran).toEqual(['start a', 'end a', 'start c', 'end c']);
    expect(superseded).toEqual(['b→c']);
  });

  it("queues a yielding job (the App's own report-commit push) behind the waiting review instead of replacing it", async () => {
    const queue = new ReviewQueue(1, silent);
    const ran: string[] = [];
    const gate = deferred();
    const superseded: string[] = [];
    const job = (sha: string, options: { wait?: Promise<void>; yields?: boolean } = {}): QueuedJob => ({
      key: 'o/r#1',
      headSha: sha,
      ...(options.yields ? { yields: true } : {}),
      run: async () => {
        ran.push(sha);
        await options.wait;
      },
      superseded: (by) => superseded.push(`${sha}→${by.headSha}`),
    });
    queue.enqueue(job('a', { wait: gate.promise }));
    await new Promise((r) => setImmediate(r));
    queue.enqueue(job('pushed-by-author'));
    queue.enqueue(job('report-commit', { yields: true }));
    expect(queue.size).toBe(2);
    gate.resolve();
    await queue.idle();
    expect(ran).toEqual(['a', 'pushed-by-author', 'report-commit']);
    expect(superseded).toEqual([]);
  });

  it('runs different pull requests in parallel up to the concurrency, and survives a failing job', async () => {
    const errors: unknown[] = [];
    const queue = new ReviewQueue(2, { info: () => undefined, error: (o) => errors.push(o) });
    let running = 0;
    let peak = 0;
    for (let i = 0; i < 5; i++) {
      queue.enqueue({
        key: `o/r#${i}`,
        headSha: 'x',
        run: async () => {
          running++;
          peak = Math.max(peak, running);
          await new Promise((r) => setTimeout(r, 5));
          running--;
          if (i === 2) throw new Error('boom');
        },
      });
    }
    await queue.idle();
    expect(peak).toBe(2);
    expect(errors).toHaveLength(1);
  });
});

describe('DeliveryDedup', () => {
  it('accepts an id once and forgets the oldest beyond its capacity', () => {
    const dedup = new DeliveryDedup(2);
    expect(dedup.firstTime('a')).toBe(true);
    expect(dedup.firstTime('a')).toBe(false);
    dedup.firstTime('b');
    dedup.firstTime('c');
    expect(dedup.firstTime('a')).toBe(true);
  });
});
