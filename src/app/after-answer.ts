// Work a handler starts once its webhook is answered (the `/sentinel ignore` reply and resolved thread): GitHub gives
// a delivery 10 s and Probot spaces writes about 1 s apart, so slow follow-ups must not hold the answer. Tracked, so
// tests and a graceful shutdown can wait for them; a failure is logged, never an unhandled rejection.
import type { Logger } from 'pino';

export class AfterAnswer {
  private readonly running = new Set<Promise<void>>();

  /** Starts `task` on the next turn of the event loop (after the handler has returned). */
  run(task: () => Promise<void>, log: Logger, what: string): void {
    const done: Promise<void> = new Promise<void>((resolve) => setImmediate(resolve))
      .then(task)
      .catch((error: unknown) => log.warn({ err: error }, `${what}: failed after the webhook was answered`))
      .finally(() => this.running.delete(done));
    this.running.add(done);
  }

  /** Resolves once every task started so far (and any they start) has ended. */
  async idle(): Promise<void> {
    while (this.running.size) await Promise.all([...this.running]);
  }
}
