// Follow-ups after a webhook's answer run a few at a time, in arrival order; a failure is logged and frees its place;
// idle() waits for all of them.
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { AfterAnswer } from '../../src/app/after-answer.js';

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('AfterAnswer', () => {
  it('runs at most its concurrency at once, the others in arrival order as places free up', async () => {
    const after = new AfterAnswer(2);
    const started: number[] = [];
    const finish = new Map<number, () => void>();
    for (let i = 0; i < 5; i++) {
      after.run(
        () =>
          new Promise<void>((resolve) => {
            started.push(i);
            finish.set(i, resolve);
          }),
        pino({ enabled: false }),
        `task ${i}`,
      );
    }
    await tick();
    await tick();
    expect(started).toEqual([0, 1]);
    finish.get(1)!();
    await tick();
    await tick();
    expect(started).toEqual([0, 1, 2]);
    finish.get(0)!();
    finish.get(2)!();
    await tick();
    await tick();
    expect(started).toEqual([0, 1, 2, 3, 4]);
    let idle = false;
    const waiting = after.idle().then(() => (idle = true));
    await tick();
    expect(idle).toBe(false); // 3 and 4 still run
    finish.get(3)!();
    finish.get(4)!();
    await waiting;
    expect(idle).toBe(true);
  });

  it('logs a failed follow-up and gives its place to the next', async () => {
    const after = new AfterAnswer(1);
    const warnings: string[] = [];
    const log = pino({ level: 'warn' }, { write: (line: string) => warnings.push(JSON.parse(line).msg) });
    const ran: string[] = [];
    after.run(() => Promise.reject(new Error('GitHub said 500')), log, 'creating the queued check');
    after.run(async () => void ran.push('next'), log, 'ignore reply');
    await after.idle();
    expect(ran).toEqual(['next']);
    expect(warnings).toEqual(['creating the queued check: failed after the webhook was answered']);
  });
});
