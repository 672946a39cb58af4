// What the thin handlers need, injected (tests swap any part): the queue, dedup, the port factory and the pipeline.
import type { Context } from 'probot';
import type { Logger } from 'pino';
import type { GitHubPort } from '../github/port.js';
import type { ReviewQueue } from '../review/review-queue.js';
import type { ReviewRequest } from '../review/review-request.js';
import type { DecisionInput, DecisionOutcome } from '../review/record-decision.js';
import type { FileAnalyzer } from '../scan/file-analyzer.js';

export interface AppDeps {
  /** This App's id: check_run events of other apps are ignored. */
  appId: number;
  queue: ReviewQueue;
  /** The analysis workers (closed with the App). */
  files: FileAnalyzer;
  /** In-process by default; shared through Redis (src/fleet/) when REDIS_URL is set. */
  deliveries: { firstTime(deliveryId: string): boolean | Promise<boolean> };
  github(context: Context): GitHubPort;
  review(github: GitHubPort, request: ReviewRequest, log: Logger): Promise<void>;
  /** A writer's `/sentinel ignore` reply: ledger entry, reply, recomputed check, resolved thread. */
  decide(github: GitHubPort, input: DecisionInput, log: Logger): Promise<DecisionOutcome>;
  now(): Date;
}
