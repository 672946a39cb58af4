// The HTTP server: refuses to start without a webhook secret, serves /healthz, rejects bad signatures, and
// reaches GitHub Enterprise through Probot's GHE_HOST / GHE_PROTOCOL (installation token included).
import { createHmac } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startServer, type ServerHandle } from '../../src/server.js';
import { fixture, PRIVATE_KEY, recordUnmatched } from '../helpers/github-mocks.js';

const SECRET = 'test-secret';
const BASE_ENV = {
  APP_ID: '123',
  PRIVATE_KEY,
  HOST: '127.0.0.1',
  LOG_LEVEL: 'fatal',
  GHE_HOST: 'ghe.test',
  GHE_PROTOCOL: 'https',
};
let handle: ServerHandle | undefined;

beforeEach(() => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
});
afterEach(async () => {
  await handle?.close();
  handle = undefined;
  nock.cleanAll();
  nock.enableNetConnect();
});

function deliver(port: number, body: string, signature: string) {
  return fetch(`http://127.0.0.1:${port}/api/github/webhooks`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-github-event': 'pull_request',
      'x-github-delivery': 'srv-1',
      'x-hub-signature-256': signature,
    },
    body,
  });
}

const sign = (body: string) => `sha256=${createHmac('sha256', SECRET).update(body).digest('hex')}`;

describe('startServer', () => {
  it('refuses to start without WEBHOOK_SECRET unless NODE_ENV=development', async () => {
    await expect(startServer({ port: 0, env: BASE_ENV })).rejects.toThrow(/WEBHOOK_SECRET: required/);
    handle = await startServer({ port: 0, env: { ...BASE_ENV, NODE_ENV: 'development' } });
    expect(handle.port).toBeGreaterThan(0);
  });

  it('answers the health check', async () => {
    handle = await startServer({ port: 0, env: { ...BASE_ENV, WEBHOOK_SECRET: SECRET } });
    const res = await fetch(`http://127.0.0.1:${handle.port}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('rejects a bad signature and does nothing', async () => {
    const unmatched = recordUnmatched();
    handle = await startServer({ port: 0, env: { ...BASE_ENV, WEBHOOK_SECRET: SECRET } });
    const body = JSON.stringify(fixture('pull_request.opened'));
    const res = await deliver(handle.port, body, sign(`${body} `));
    await handle.idle();
    unmatched.stop();
    expect(res.status).toBe(400);
    // Only our own request to the server: no GitHub call was attempted.
    expect(unmatched.requests).toEqual(['POST /api/github/webhooks']);
  });

  it('handles a signed delivery against GitHub Enterprise', async () => {
    const checks: Record<string, any>[] = [];
    const ghe = nock('https://ghe.test/api/v3')
      .post('/app/installations/1/access_tokens')
      .reply(201, { token: 'ghs_x', expires_at: '2099-01-01T00:00:00Z', permissions: {} })
      .get('/repos/Codertocat/Hello-World/contents/.github%2Fsentinel.yml')
      .query({ ref: 'master' })
      .reply(200, {
        type: 'file',
        encoding: 'base64',
        content: Buffer.from('failOn: sometimes\n').toString('base64'),
        sha: 's',
        size: 18,
      })
      .post('/repos/Codertocat/Hello-World/check-runs', (b) => {
        checks.push(b);
        return true;
      })
      .reply(201, { id: 1 });
    handle = await startServer({ port: 0, env: { ...BASE_ENV, WEBHOOK_SECRET: SECRET } });
    const body = JSON.stringify(fixture('pull_request.opened'));
    const started = performance.now();
    const res = await deliver(handle.port, body, sign(body));
    await handle.idle();
    console.info(`signed delivery → completed check over HTTP: ${(performance.now() - started).toFixed(0)} ms`);
    expect(res.status).toBe(200);
    expect(ghe.isDone()).toBe(true);
    expect(checks[0]).toMatchObject({ status: 'completed', conclusion: 'neutral' });
    expect(checks[0]!.output.summary).toContain('failOn');
  });
});

/** Streams `megabytes` of unsigned filler as a chunked body (never held in memory whole); resolves the status. */
function streamUnsigned(port: number, megabytes: number, contentLength?: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/github/webhooks',
        headers: {
          'content-type': 'application/json',
          'x-github-event': 'push',
          'x-github-delivery': 'big-1',
          ...(contentLength !== undefined ? { 'content-length': String(contentLength) } : {}),
        },
      },
      (res) => {
        answered = true;
        res.resume();
        resolve(res.statusCode ?? 0);
        req.destroy();
      },
    );
    // Once answered, the client stops sending; an error after the answer (EPIPE as the server closes) is expected.
    req.on('error', (error) => {
      if (answered) return;
      if (contentLength === undefined) reject(error);
      else resolve(-1);
    });
    const chunk = Buffer.alloc(1024 * 1024, 'a');
    let sent = 0;
    const pump = (): void => {
      while (sent < megabytes && !answered) {
        sent += 1;
        if (!req.write(chunk)) {
          req.once('drain', pump);
          return;
        }
      }
      req.end();
    };
    if (contentLength === undefined) pump();
    else req.end();
  });
}

describe('webhook body cap', () => {
  it('answers 413 to a declared Content-Length over 25 MB without reading it', async () => {
    handle = await startServer({ port: 0, env: { ...BASE_ENV, WEBHOOK_SECRET: SECRET } });
    expect(await streamUnsigned(handle.port, 0, 200 * 1024 * 1024)).toBe(413);
  });

  it('cuts a streamed 60 MB unsigned body off at the cap with 413, holding far less than the body', async () => {
    handle = await startServer({ port: 0, env: { ...BASE_ENV, WEBHOOK_SECRET: SECRET } });
    const before = process.memoryUsage().arrayBuffers + process.memoryUsage().heapUsed;
    const status = await streamUnsigned(handle.port, 60);
    const grown = process.memoryUsage().arrayBuffers + process.memoryUsage().heapUsed - before;
    expect(status).toBe(413);
    expect(grown).toBeLessThan(40 * 1024 * 1024);
  });
});
