// An installation client without the throttling plugin's write spacing, for one call only: the web tier's `queued`
// check run, created right after the webhook is answered. Behind the fleet's 1 s lane it could wait minutes while the
// worker waits for it; one create per delivery is bounded by the webhook rate itself. Built the way Probot's
// `app.auth(id)` builds its client (same options, token cache and auth), minus the throttle; one per installation.
import type { GitHubClient } from './octokit.js';

interface FactoryArgs {
  octokit: { constructor: new (options: object) => GitHubClient };
  octokitOptions: { auth?: object } & Record<string, unknown>;
  [key: string]: unknown;
}

type InstallationAuth = (options: {
  type: 'installation';
  installationId: number;
  factory: (args: FactoryArgs) => GitHubClient;
}) => Promise<GitHubClient>;

export class UnspacedClients {
  private readonly clients = new Map<number, Promise<GitHubClient>>();

  /** `appClient` is the App's JWT client (Probot's `app.auth()`). */
  constructor(
    private readonly appClient: () => Promise<GitHubClient>,
    private readonly capacity = 1000,
  ) {}

  for(installationId: number): Promise<GitHubClient> {
    let client = this.clients.get(installationId);
    if (!client) {
      client = this.create(installationId);
      client.catch(() => this.clients.delete(installationId));
      if (this.clients.size >= this.capacity) this.clients.delete(this.clients.keys().next().value!);
      this.clients.set(installationId, client);
    }
    return client;
  }

  private async create(installationId: number): Promise<GitHubClient> {
    const app = await this.appClient();
    return (app.auth as unknown as InstallationAuth)({
      type: 'installation',
      installationId,
      factory: ({ octokit, octokitOptions, ...otherOptions }) =>
        new octokit.constructor({
          ...octokitOptions,
          throttle: { enabled: false },
          auth: { ...octokitOptions.auth, otherOptions, installationId },
        }),
    });
  }
}
