// `npm start`: Probot's webhook middleware on a plain HTTP server, plus GET /healthz for the Docker HEALTHCHECK.
// Refuses to start without WEBHOOK_SECRET unless NODE_ENV=development.
import { createServer, type Server } from 'node:http';
import { pathToFileURL } from 'node:url';
import type { Logger } from 'pino';
import { createNodeMiddleware, createProbot } from 'probot';
import { parseEnv } from './config/env.js';
import { createSentinelApp } from './index.js';
import { readCappedBody } from './app/capped-body.js';
import type { AppOptions } from './app/create-deps.js';

export const HEALTH_PATH = '/healthz';

export interface ServerHandle {
  port: number;
  /** Resolves when every queued review has finished. */
  idle(): Promise<void>;
  /** Stops accepting connections, then waits for queued reviews. */
  close(): Promise<void>;
}

export async function startServer(
  options: { port?: number; env?: NodeJS.ProcessEnv; log?: Logger; analysis?: AppOptions['analysis'] } = {},
): Promise<ServerHandle> {
  const env = options.env ?? process.env;
  const parsed = parseEnv(env);
  if (!parsed.ok) throw new Error(`SentinelPy refuses to start: ${parsed.error}`);
  const config = parsed.env;
  // GHE_HOST / GHE_PROTOCOL, PRIVATE_KEY(_PATH) and LOG_LEVEL are read by Probot itself from the same env.
  // `log` replaces Probot's own pino logger (tests capture every line to check nothing secret is logged).
  const probot = createProbot({ env: { LOG_LEVEL: 'info', ...env, WEBHOOK_SECRET: config.webhookSecret }, ...(options.log ? { overrides: { log: options.log } } : {}) });
  const app = createSentinelApp({ appId: config.appId, concurrency: config.reviewConcurrency, timeoutMs: config.reviewTimeoutMs, osv: config.osv,
    ...(config.appSlug ? { appSlug: config.appSlug } : {}),
    ...(env.REDIS_URL ? { redisUrl: env.REDIS_URL } : {}),
    ...(options.analysis ? { analysis: options.analysis } : {}) });
  const middleware = await createNodeMiddleware(app.appFn, { probot });
  const server = createServer((req, res) => {
    if (req.method === 'GET' && req.url?.split('?')[0] === HEALTH_PATH) {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
      return;
    }
    if (req.method !== 'POST') {
      void middleware(req, res, () => res.writeHead(404).end());
      return;
    }
    void readCappedBody(req).then((body) => {
      if (!body.ok) {
        // 413 before any signature check or JSON parse; closing drops the rest of an oversized upload.
        res.writeHead(body.status, { 'content-type': 'application/json' })
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
  const port = await listen(server, options.port ?? config.port, config.host);
  probot.log.info({ port }, 'SentinelPy listening');
  return {
    port,
    idle: () => app.idle(),
    close: async () => {
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
      await app.idle();
      await app.close?.();
    },
  };
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
