// End to end: a pull request adds `requests==2.5.0` and `reqeusts` to requirements.txt; the App (OSV_API_URL
// pointing at a stub on 127.0.0.1, never the network) comments on the pin with known advisories and suggests the safe
// upgrade; the unpinned possible typosquat has no evidence, so it is only listed under the report's Audit Notes.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { checkRunsOn, openPullRequest, sendPullRequest } from '../../tools/simulator/index.js';
import { REQUESTS_VULNS } from '../deps/osv-mocks.js';
import {
  auditNotesOf,
  BASE_FILES,
  commentKeys,
  committedReport,
  expectNoViolations,
  startE2E,
  type E2E,
} from './support.js';

/** A minimal OSV: querybatch knows requests 2.5.0; each advisory is served by id. Counts the requests it saw. */
async function startOsvStub(): Promise<{ url: string; seen: string[]; server: Server }> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      if (req.method === 'POST' && req.url === '/v1/querybatch') {
        const queries = (JSON.parse(body) as { queries: { package: { name: string }; version: string }[] }).queries;
        const results = queries.map((q) =>
          q.package.name === 'requests' && q.version === '2.5.0'
            ? { vulns: REQUESTS_VULNS.map((v) => ({ id: v.id })) }
            : {},
        );
        res.end(JSON.stringify({ results }));
        return;
      }
      const record = REQUESTS_VULNS.find((v) => req.url === `/v1/vulns/${v.id}`);
      res.statusCode = record ? 200 : 404;
      res.end(JSON.stringify(record ?? { message: 'not found' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, server };
}

let env: E2E | undefined;
let osv: Server | undefined;
afterEach(async () => {
  await env?.close();
  await new Promise((resolve) => (osv ? osv.close(resolve) : resolve(undefined)));
  env = undefined;
  osv = undefined;
});

describe('dependency review end to end', () => {
  it('comments the vulnerable pin added to requirements.txt and lists the typosquat as an audit note', async () => {
    const stub = await startOsvStub();
    osv = stub.server;
    env = await startE2E({ ...BASE_FILES, 'requirements.txt': 'flask==3.0.3\n' }, { env: { OSV_API_URL: stub.url } });
    const changes = { 'requirements.txt': 'flask==3.0.3\nrequests==2.5.0\nreqeusts\n' };
    const pull = openPullRequest(env.sim, { repo: env.repo, branch: 'deps', changes, author: 'wes' });
    const reviewedSha = env.sim.state.headSha(pull);
    await sendPullRequest(env.sim, pull);
    await env.settle();

    expect(stub.seen).toContain('POST /v1/querybatch');
    expect(commentKeys(env).sort()).toEqual(['dependency-known-vulnerability requirements.txt:2']);
    const upgrade = env.sim.state.reviewComments.find((c) => c.line === 2)!.body;
    expect(upgrade).toContain('```suggestion\nrequests==2.32.0\n```');

    const [run] = checkRunsOn(env.sim, reviewedSha);
    expect(run).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(run!.output.annotations.map((a) => `${a.path}:${a.start_line}`).sort()).toEqual(['requirements.txt:2']);
    expect(run!.output.summary).not.toContain('skipped');
    expect(run!.output.text).toContain('## Dependencies');
    const notes = auditNotesOf(committedReport(env, pull)!);
    expect(notes).toContain('| `requirements.txt:3` | `dependency-typosquat` |');
    expect(notes).toContain('| `requirements.txt:3` | `dependency-unpinned` |');
    expectNoViolations(env);
  });
});
