// Probot's throttling shares its limiters through Redis (REDIS_URL): the 1 s write spacing must be per installation,
// so two installations' writes from webhook handlers do not queue behind one another. Also proves Probot's
// `npxImport("ioredis@…")` resolves offline to our own ioredis (the Bottleneck connection below is made with it).
import { createServer, type Server } from 'node:http';
import { pino } from 'pino';
import { Probot, ProbotOctokit } from 'probot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { perInstallationThrottle } from '../../src/github/installation-throttle.js';
import { generateAppKeys } from '../../tools/simulator/app-under-test.js';
import { startRedis, type RedisHandle } from './redis-server.js';
import { REDIS_AVAILABLE } from './skip-without-redis.js';

let redis: RedisHandle;
let github: Server;
let baseUrl: string;
const writes: { installation: string; at: number }[] = [];

beforeAll(async () => {
  if (!REDIS_AVAILABLE) return;
  redis = await startRedis();
  // A stand-in for GitHub: installation tokens, and any write answered 201 (which token made it is recorded).
  github = createServer((req, res) => {
    const token = /^\/app\/installations\/(\d+)\/access_tokens$/.exec(req.url ?? '');
    const body = token
      ? { token: `token-${token[1]}`, expires_at: new Date(Date.now() + 3600_000).toISOString() }
      : { id: 1 };
    if (!token)
      writes.push({ installation: String(req.headers.authorization).replace(/^token token-/, ''), at: Date.now() });
    res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => github.listen(0, '127.0.0.1', resolve));
  const address = github.address();
  baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  github?.close();
  await redis?.stop();
});

/** Two installations' webhooks arrive together; each handler makes two writes through its context's octokit. */
async function twoInstallationsWriteTwice(Octokit: typeof ProbotOctokit, prefix: string): Promise<number> {
  const probot = new Probot({
    appId: 1,
    privateKey: generateAppKeys().privateKey,
    secret: 'x',
    baseUrl,
    redisConfig: `${redis.url}/0`,
    Octokit,
    log: pino({ level: 'silent' }),
  });
  probot.on('issues.opened', async (context) => {
    for (let i = 0; i < 2; i++)
      await context.octokit.request('POST /repos/{owner}/{repo}/check-runs', {
        owner: prefix,
        repo: 'r',
        name: 'n',
        head_sha: 'a',
      });
  });
  const started = Date.now();
  await Promise.all(
    [101, 202].map((id) =>
      probot.receive({
        id: `${prefix}-${id}`,
        name: 'issues',
        payload: { action: 'opened', installation: { id } } as never,
      }),
    ),
  );
  return Date.now() - started;
}

describe.skipIf(!REDIS_AVAILABLE)("Probot's Redis-shared throttle", () => {
  it('spaces writes per installation: two installations write in parallel, each 1 s apart', async () => {
    const ms = await twoInstallationsWriteTwice(perInstallationThrottle(ProbotOctokit), 'per-installation');
    // One lane for both: four writes 1 s apart (≥ 3 s). A lane each: two writes 1 s apart, side by side.
    expect(ms).toBeLessThan(2500);
    expect(ms).toBeGreaterThanOrEqual(900);
    expect(new Set(writes.map((w) => w.installation))).toEqual(new Set(['101', '202']));
  }, 20_000);
});
