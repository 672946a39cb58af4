// The local GitHub stand-in: an HTTP server on 127.0.0.1 serving the REST API under /api/v3 from in-memory state,
// validating every request against GitHub's description, and delivering signed webhooks back to the App.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppAuth } from './auth.js';
import { Faults } from './faults.js';
import { RequestValidator } from './openapi/request-validator.js';
import { handleRequest, type RecordedRequest, type Violation } from './request-pipeline.js';
import { SimState, type SimUser } from './state.js';
import { deliverWebhook, type Delivery, type DeliveryOptions } from './webhook-delivery.js';
import { pullRequestPayload, type PayloadContext } from './webhook-payloads.js';

export interface SimulatorOptions {
  appId: number;
  /** The App's public key (PEM): JWTs for /app endpoints are verified with it. */
  publicKeyPem: string;
  webhookSecret: string;
  /** The App's bot login without `[bot]` (default `sentinelpy`). */
  appSlug?: string;
  /** Deliver `pull_request.synchronize` when a contents-API commit moves a PR head, like GitHub (default true). */
  autoSynchronize?: boolean;
}

let sharedValidator: RequestValidator | undefined;

export class GitHubSimulator {
  readonly state = new SimState();
  readonly faults = new Faults();
  readonly violations: Violation[] = [];
  /** Operations the App called that the simulator does not implement (each answered 404). */
  readonly unimplemented: string[] = [];
  readonly requests: RecordedRequest[] = [];
  readonly deliveries: Delivery[] = [];
  readonly bot: SimUser;
  readonly auth: AppAuth;
  /** Where webhooks go (the App's `/api/github/webhooks` URL); set once the App listens. */
  webhookUrl: string | undefined;
  private server: Server | undefined;
  private port = 0;
  private readonly pending = new Set<Promise<unknown>>();

  constructor(readonly options: SimulatorOptions) {
    this.auth = new AppAuth(options.appId, options.publicKeyPem);
    this.bot = { login: `${options.appSlug ?? 'sentinelpy'}[bot]`, id: 9_000_000 + options.appId, type: 'Bot' };
  }

  /** Listens on 127.0.0.1 and a free port; the description is loaded and indexed first (shared per process). */
  async start(): Promise<this> {
    sharedValidator ??= new RequestValidator();
    const deps = {
      state: this.state,
      faults: this.faults,
      auth: this.auth,
      validator: sharedValidator,
      bot: this.bot,
      apiRoot: () => this.apiRoot,
      violations: this.violations,
      unimplemented: this.unimplemented,
      requests: this.requests,
      onBranchUpdated: (repo: string, branch: string, before: string, sender: SimUser) =>
        this.branchUpdated(repo, branch, before, sender),
    };
    this.server = createServer((req, res) => void handleRequest(deps, req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  /** `127.0.0.1:PORT`: the App's GHE_HOST (with GHE_PROTOCOL=http). */
  get host(): string {
    return `127.0.0.1:${this.port}`;
  }

  get apiRoot(): string {
    return `http://${this.host}/api/v3`;
  }

  get payloadContext(): PayloadContext {
    return { state: this.state, apiRoot: this.apiRoot, bot: this.bot, appId: this.options.appId };
  }

  /** Signs and POSTs one webhook to the App; the delivery is recorded with the App's HTTP status. */
  async deliver(event: string, payload: Record<string, unknown>, options?: DeliveryOptions): Promise<Delivery> {
    if (!this.webhookUrl) throw new Error('simulator: webhookUrl is not set');
    const delivery = await deliverWebhook(
      this.webhookUrl,
      this.options.webhookSecret,
      event,
      payload,
      this.options.appId,
      options,
    );
    this.deliveries.push(delivery);
    return delivery;
  }

  /** Resolves once the webhooks the simulator sent by itself (synchronize after a commit) have been answered. */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  /** Polls until `predicate` holds (state changes arrive over HTTP, so tests wait for them). */
  async waitFor<T>(predicate: () => T | undefined | false, timeoutMs = 20_000, what = 'condition'): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = predicate();
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`simulator: timed out after ${timeoutMs} ms waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  async close(): Promise<void> {
    await this.settled();
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
  }

  private branchUpdated(repo: string, branch: string, before: string, sender: SimUser): void {
    if (this.options.autoSynchronize === false || !this.webhookUrl) return;
    for (const pull of this.state.pullsWithHead(repo, branch)) {
      const payload = pullRequestPayload(this.payloadContext, pull, 'synchronize', sender, before);
      // GitHub sends the event after the write has been answered, never inside it.
      const sending = new Promise((resolve) => setImmediate(resolve))
        .then(() => this.deliver('pull_request', payload))
        .catch(() => undefined)
        .finally(() => this.pending.delete(sending));
      this.pending.add(sending);
    }
  }
}
