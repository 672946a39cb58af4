// `npm start`: Probot's webhook middleware on a plain HTTP server (role web/all), plus GET /healthz (liveness, the
// Docker HEALTHCHECK), /readyz (queue reachable, workers running) and /metrics (Prometheus). SIGTERM stops taking
// work and gives running reviews SHUTDOWN_DEADLINE_MS. Refuses to start without WEBHOOK_SECRET unless NODE_ENV=development.
import { createServer, type Server, type ServerResponse } from 'node:http';
import { pathToFileURL } from 'node:url';
import type { Logger } from 'pino';
import { createNodeMiddleware, createProbot, ProbotOctokit } from 'probot';
import { perInstallationThrottle } from './github/installation-throttle.js';
import { parseEnv } from './config/env.js';
import { createSentinelApp, type SentinelApp } from './index.js';
import { readCappedBody } from './app/capped-body.js';
import type { AppOptions } from './app/create-deps.js';

export const HEALTH_PATH = '/healthz';
export const READY_PATH = '/readyz';
export const METRICS_PATH = '/metrics';

export interface ServerHandle {
  port: number;
  /** Resolves when every queued review has finished. */
  idle(): Promise<void>;
  /** Stops accepting connections, then waits for queued reviews (in fleet mode: hands back what outlasts the deadline). */
  close(): Promise<void>;
  /** Like a crash: connections cut, nothing finished or handed back (fleet tests). */
  kill?(): Promise<void>;
}

export interface StartOptions {
  port?: number;
  env?: NodeJS.ProcessEnv;
  log?: Logger;
  analysis?: AppOptions['analysis'];
  /** Replaces Probot's Octokit class (the load test turns the 1 s write spacing off against the simulator). */
  octokit?: typeof ProbotOctokit;
  /** Fleet settings the environment does not carry (tests: short backoff, a fast sweep). */
  fleet?: Partial<NonNullable<AppOptions['fleet']>>;
}

export async function startServer(options: StartOptions = {}): Promise<ServerHandle> {
  const env = options.env ?? process.env;
  const parsed = parseEnv(env);
  if (!parsed.ok) throw new Error(`SentinelPy refuses to start: ${parsed.error}`);
  const config = parsed.env;
  // GHE_HOST / GHE_PROTOCOL, PRIVATE_KEY(_PATH) and LOG_LEVEL are read by Probot itself from the same env.
  // `log` replaces Probot's own pino logger (tests capture every line to check nothing secret is logged).
  const fleet = config.fleet;
  // With REDIS_URL set, Probot's throttling shares its limits across the fleet through the same Redis, one lane
  // per installation (GitHub's limits are per installation), webhook contexts' clients included.
  const overrides = {
    ...(options.log ? { log: options.log } : {}),
    Octokit: perInstallationThrottle(options.octokit ?? ProbotOctokit),
  };
  const probot = createProbot({ env: { LOG_LEVEL: 'info', ...env, WEBHOOK_SECRET: config.webhookSecret }, overrides });
  const app = createSentinelApp({
    appId: config.appId,
    concurrency: config.reviewConcurrency,
    timeoutMs: config.reviewTimeoutMs,
    osv: config.osv,
    ...(config.appSlug ? { appSlug: config.appSlug } : {}),
    fleet: {
      ...(fleet.redisUrl ? { redisUrl: fleet.redisUrl } : {}),
      role: fleet.role,
      lockMs: fleet.lockMs,
      requestTimeoutMs: fleet.requestTimeoutMs,
      sweep: { intervalMs: fleet.sweepIntervalMs },
      ...options.fleet,
    },
    ...(options.analysis ? { analysis: options.analysis } : {}),
  });
  const middleware = await createNodeMiddleware(app.appFn, { probot });
  const takesWebhooks = !fleet.redisUrl || fleet.role !== 'worker';
  const server = createServer((req, res) => {
    const path = req.url?.split('?')[0];
    if (req.method === 'GET' && (path === HEALTH_PATH || path === READY_PATH || path === METRICS_PATH)) {
      void answerProbe(path, app, res);
      return;
    }
    if (!takesWebhooks) {
      res.writeHead(404).end();
      return;
    }
    const arrived = performance.now();
    res.once('finish', () => app.observeWebhook(res.statusCode, (performance.now() - arrived) / 1000));
    if (req.method !== 'POST') {
      void middleware(req, res, () => res.writeHead(404).end());
      return;
    }
    void readCappedBody(req).then((body) => {
      if (!body.ok) {
        // 413 before any signature check or JSON parse; closing drops the rest of an oversized upload.
        res
          .writeHead(body.status, { 'content-type': 'application/json' })
          .end(body.status === 413 ? '{"error":"payload too large"}' : '{"error":"bad request"}', () => {
            // Give the sender a moment to read the answer, then drop the rest of an oversized upload.
            setTimeout(() => req.destroy(), 1000).unref();
          });
        return;
      }
      // @octokit/webhooks verifies the signature over a string body without reading the stream again.
      (req as typeof req & { body?: string }).body = body.text;
      void middleware(req, res, () => res.writeHead(404).end());
    });
  });
  // Fleet mode: connect to Redis before taking webhooks (if it stays down, listen anyway: /readyz and 503 say so).
  if (fleet.redisUrl) await waitUntilReady(app, 5000);
  const port = await listen(server, options.port ?? config.port, config.host);
  probot.log.info(
    { port, role: fleet.redisUrl ? fleet.role : 'all', queue: fleet.redisUrl ? 'bullmq' : 'in-process' },
    'SentinelPy listening',
  );
  const stopListening = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeIdleConnections();
    });
  return {
    port,
    idle: () => app.idle(),
    close: async () => {
      await stopListening();
      if (!fleet.redisUrl) await app.idle();
      await app.close?.(fleet.shutdownDeadlineMs);
    },
    kill: async () => {
      server.closeAllConnections();
      await stopListening();
      await app.close?.(0);
    },
  };
}

/** /healthz: the process answers. /readyz: it can take work (503 otherwise). /metrics: Prometheus text. */
async function answerProbe(path: string, app: SentinelApp, res: ServerResponse): Promise<void> {
  if (path === HEALTH_PATH) {
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
    return;
  }
  if (path === READY_PATH) {
    const ready = await app.ready().catch(() => false);
    res
      .writeHead(ready ? 200 : 503, { 'content-type': 'application/json' })
      .end(ready ? '{"status":"ready"}' : '{"status":"unavailable"}');
    return;
  }
  const registry = app.metrics();
  if (!registry) {
    res.writeHead(503).end();
    return;
  }
  res.writeHead(200, { 'content-type': registry.contentType }).end(await registry.metrics());
}

async function waitUntilReady(app: SentinelApp, maxMs: number): Promise<void> {
  const deadline = Date.now() + maxMs;
  while (Date.now() < deadline && !(await app.ready().catch(() => false)))
    await new Promise((resolve) => setTimeout(resolve, 50));
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

async function main(): Promise<void> {
  try {
    const handle = await startServer();
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      process.once(signal, () => void handle.close().finally(() => process.exit(0)));
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
