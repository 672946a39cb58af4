// Work a handler starts once its webhook is answered (the queued check run, the `/sentinel ignore` reply and
// resolved thread): GitHub gives a delivery 10 s and Probot spaces writes about 1 s apart, so slow follow-ups must
// not hold the answer. Tracked, so tests and a graceful shutdown can wait for them; a failure is logged, never an
// unhandled rejection. A few run at a time: in a burst of deliveries every follow-up is a GitHub request whose
// callbacks share the event loop with the next webhooks' answers, so running them all at once delays the answers
// (the web tier's job) to speed up follow-ups nobody waits on.
import type { Logger } from 'pino';

/** Follow-ups running at once; the others wait their turn in arrival order. */
export const AFTER_ANSWER_CONCURRENCY = 4;

export class AfterAnswer {
  private readonly running = new Set<Promise<void>>();
  private readonly waiting: (() => void)[] = [];
  private active = 0;

  constructor(private readonly concurrency = AFTER_ANSWER_CONCURRENCY) {}

  /** Starts `task` after the handler has returned (the next turn of the event loop), once a place is free. */
  run(task: () => Promise<void>, log: Logger, what: string): void {
    const done: Promise<void> = (async () => {
      await new Promise<void>((resolve) => setImmediate(resolve));
      await this.acquire();
      try {
        await task();
      } catch (error) {
        log.warn({ err: error }, `${what}: failed after the webhook was answered`);
      } finally {
        this.release();
      }
    })().finally(() => this.running.delete(done));
    this.running.add(done);
  }

  /** Resolves once every task started so far (and any they start) has ended. */
  async idle(): Promise<void> {
    while (this.running.size) await Promise.all([...this.running]);
  }

  private acquire(): Promise<void> {
    if (this.active < this.concurrency) {
      this.active++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Hands the place to the next waiting task (it stays taken), or frees it. */
  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.active--;
  }
}
