// What the thin handlers need, injected (tests swap any part): the queue, dedup, the port factory and the heads.
import type { Context } from 'probot';
import type { GitHubPort } from '../github/port.js';
import type { Logger } from 'pino';
import type { RepoCoords } from '../github/octokit.js';
import type { CheckSlots } from '../review/check-slots.js';
import type { HeadRegister } from '../review/head-register.js';
import type { ReviewQueuePort } from '../review/queue-port.js';
import type { DecisionInput, DecisionOutcome } from '../review/record-decision.js';
import type { FileAnalyzer } from '../scan/file-analyzer.js';
import type { AfterAnswer } from './after-answer.js';

export interface DeliveryGate {
  firstTime(deliveryId: string): boolean | Promise<boolean>;
  /** Forgets an id whose work could not be queued, so GitHub's redelivery of it is not dropped as a duplicate. */
  forget?(deliveryId: string): Promise<void>;
}

export interface AppDeps {
  /** This App's id: check_run events of other apps are ignored. */
  appId: number;
  /** The embedded in-process queue, or BullMQ on Redis (src/fleet/) when REDIS_URL is set: one interface. */
  queue: ReviewQueuePort;
  /** The newest head asked for per pull request (a newer one supersedes waiting and running reviews). */
  heads: HeadRegister;
  /** The analysis workers (closed with the App). */
  files: FileAnalyzer;
  /** In-process by default; shared through Redis (src/fleet/) when REDIS_URL is set. */
  deliveries: DeliveryGate;
  github(context: Context): GitHubPort;
  /** A writer's `/sentinel ignore` reply: ledger entry, reply, recomputed check, resolved thread. */
  decide(github: GitHubPort, input: DecisionInput, log: Logger): Promise<DecisionOutcome>;
  now(): Date;
  /** The one check run per commit, agreed between the web tier and the workers. */
  checkSlots: CheckSlots;
  /**
   * Fleet mode: the web tier creates the check run `queued` once the webhook is answered, through this port (no
   * write spacing). Absent in the embedded mode, where the review starts at once in this process and creates it.
   */
  queuedChecks?(installationId: number, repo: RepoCoords): Promise<GitHubPort>;
  /**
   * How long after the delivery the queued create may still start: a worker waits for a create in flight only so
   * long from the reservation (`slotWaitMs`), so a create that waited its turn longer than this is left to the
   * worker instead (it would finish after the worker stopped waiting and put a second run on the commit).
   */
  queuedCheckStartMs?: number;
  /** Follow-ups that run once the webhook is answered (tracked: `idle()` and shutdown wait for them). */
  afterAnswer: AfterAnswer;
}
