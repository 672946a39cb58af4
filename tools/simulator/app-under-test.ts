// Starts the SentinelPy App (engineer A's `startServer`) against a running simulator, the way a GitHub Enterprise
// install would reach it: GHE_HOST + GHE_PROTOCOL=http, a real App key, a webhook secret. Used by e2e and the demo.
import { generateKeyPairSync } from 'node:crypto';
import type { Logger } from 'pino';
import { ProbotOctokit } from 'probot';
import { startServer, type ServerHandle } from '../../src/server.js';
import { GitHubSimulator } from './simulator.js';

export interface AppAndSimulator {
  sim: GitHubSimulator;
  app: ServerHandle;
  /** Stops the App (waiting for queued reviews), then the simulator. */
  close(): Promise<void>;
}

export interface StartOptions {
  appId?: number;
  webhookSecret?: string;
  logLevel?: string;
  /** A logger for the App instead of Probot's (to capture its lines). */
  log?: Logger;
  /** Extra App environment (e.g. REVIEW_TIMEOUT_MS). */
  env?: Record<string, string>;
  /** Analysis workers of the App (tests pass a compiled worker: sources cannot run in a worker thread). */
  analysis?: { threads?: number; script?: URL };
  /** false: Probot's Octokit without the throttling plugin's 1 s write spacing (timing the App's own work). */
  throttle?: boolean;
}

/** Probot's Octokit with the throttling plugin off; its retries stay on. */
const UNTHROTTLED_OCTOKIT = ProbotOctokit.defaults((options: Record<string, unknown>) => ({
  ...options,
  throttle: { enabled: false },
})) as typeof ProbotOctokit;

/** A fresh 2048-bit RSA key pair: nothing pre-made is needed to run the App locally. */
export function generateAppKeys(): { privateKey: string; publicKey: string } {
  return generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
}

export async function startAppWithSimulator(options: StartOptions = {}): Promise<AppAndSimulator> {
  const appId = options.appId ?? 4242;
  const webhookSecret = options.webhookSecret ?? `secret-${Math.random().toString(36).slice(2)}`;
  const keys = generateAppKeys();
  const sim = await new GitHubSimulator({ appId, publicKeyPem: keys.publicKey, webhookSecret }).start();
  let app: ServerHandle;
  try {
    // Probot types LOG_LEVEL as its level union; the value is checked by Probot itself.
    const env = {
      APP_ID: String(appId),
      PRIVATE_KEY: keys.privateKey,
      WEBHOOK_SECRET: webhookSecret,
      GHE_HOST: sim.host,
      GHE_PROTOCOL: 'http',
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: options.logLevel ?? 'fatal',
      NODE_ENV: 'production',
      ...options.env,
    } as NodeJS.ProcessEnv;
    app = await startServer({
      port: 0,
      env,
      ...(options.log ? { log: options.log } : {}),
      ...(options.analysis ? { analysis: options.analysis } : {}),
      ...(options.throttle === false ? { octokit: UNTHROTTLED_OCTOKIT } : {}),
    });
  } catch (error) {
    await sim.close();
    throw error;
  }
  sim.webhookUrl = `http://127.0.0.1:${app.port}/api/github/webhooks`;
  return {
    sim,
    app,
    close: async () => {
      await sim.settled();
      await app.close();
      await sim.close();
    },
  };
}
