// A fleet against the simulator: one Redis, the GitHub simulator, and any number of SentinelPy instances
// (web / worker / all) in this process, each a real startServer with REDIS_URL, sharing one App key.
import { ProbotOctokit } from 'probot';
import { startServer, type ServerHandle, type StartOptions } from '../../src/server.js';
import { generateAppKeys } from '../../tools/simulator/app-under-test.js';
import { addRepository, GitHubSimulator, type SimRepo } from '../../tools/simulator/index.js';
import { deliverWebhook, type Delivery } from '../../tools/simulator/webhook-delivery.js';

export const APP_ID = 4343;

/** Probot's Octokit without the 1 s write spacing and the plugin's own retries: the App's retries are under test. */
export const FAST_OCTOKIT = ProbotOctokit.defaults((options: Record<string, unknown>) => ({
  ...options,
  throttle: { enabled: false },
  retry: { enabled: false },
})) as typeof ProbotOctokit;

export interface Instance {
  role: 'web' | 'worker' | 'all';
  handle: ServerHandle;
  url: string;
}

export interface Fleet {
  sim: GitHubSimulator;
  repo: SimRepo;
  secret: string;
  /** The environment every instance starts from (add REDIS_URL / SENTINEL_ROLE per instance). */
  env: Record<string, string>;
  privateKey: string;
  instances: Instance[];
  start(role: Instance['role'], extra?: Partial<StartOptions> & { env?: Record<string, string> }): Promise<Instance>;
  /** Signs and sends one webhook to this instance (GitHub → one replica behind the load balancer). */
  deliverTo(
    instance: { url: string },
    event: string,
    payload: Record<string, unknown>,
    deliveryId?: string,
  ): Promise<Delivery>;
  close(): Promise<void>;
}

export async function startFleet(
  redisUrl: string,
  options: { files?: Record<string, string>; fast?: boolean } = {},
): Promise<Fleet> {
  const keys = generateAppKeys();
  const secret = `secret-${Math.random().toString(36).slice(2)}`;
  const sim = await new GitHubSimulator({ appId: APP_ID, publicKeyPem: keys.publicKey, webhookSecret: secret }).start();
  const repo = addRepository(sim, {
    owner: 'acme',
    name: 'shop',
    files: options.files ?? { 'README.md': '# shop\n' },
    collaborators: { wes: 'write' },
  });
  const env = {
    APP_ID: String(APP_ID),
    PRIVATE_KEY: keys.privateKey,
    WEBHOOK_SECRET: secret,
    GHE_HOST: sim.host,
    GHE_PROTOCOL: 'http',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'fatal',
    NODE_ENV: 'production',
    REDIS_URL: redisUrl,
  };
  const instances: Instance[] = [];
  const fleet: Fleet = {
    sim,
    repo,
    secret,
    env,
    privateKey: keys.privateKey,
    instances,
    async start(role, extra = {}) {
      const handle = await startServer({
        port: 0,
        env: { ...env, SENTINEL_ROLE: role, ...extra.env } as NodeJS.ProcessEnv,
        analysis: { threads: 0 },
        ...(options.fast === false ? {} : { octokit: FAST_OCTOKIT }),
        fleet: { backoff: { attempts: 5, delayMs: 300 }, debounceMs: 50, ...extra.fleet },
      });
      const instance = { role, handle, url: `http://127.0.0.1:${handle.port}` };
      instances.push(instance);
      if (role !== 'worker' && !sim.webhookUrl) sim.webhookUrl = `${instance.url}/api/github/webhooks`;
      return instance;
    },
    deliverTo(instance, event, payload, deliveryId) {
      return deliverWebhook(
        `${instance.url}/api/github/webhooks`,
        secret,
        event,
        payload,
        APP_ID,
        deliveryId ? { deliveryId } : {},
      );
    },
    async close() {
      await Promise.allSettled(instances.map((i) => i.handle.kill?.() ?? i.handle.close()));
      await sim.close();
    },
  };
  return fleet;
}

/** Waits until `check()` holds, polling (state arrives over HTTP). */
export async function eventually<T>(check: () => T | undefined | false, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
