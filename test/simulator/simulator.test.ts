// The simulator behaves like GitHub where the App depends on it: auth, files and patches, reviews (422 on lines
// outside the diff), contents commits that fire a signed synchronize, check-run limits, and injected faults.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Octokit } from '@octokit/rest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addRepository,
  openPullRequest,
  signBody,
  type GitHubSimulator,
  type SimPullRequest,
} from '../../tools/simulator/index.js';
import { appJwt, installationOctokit, rsaKeyPair, startSimulator, WEBHOOK_SECRET } from './helpers.js';

const BASE_APP = 'import os\n\ndef main():\n    return os.getcwd()\n';
const HEAD_APP =
  'import os\nimport subprocess\n\ndef main(name):\n    subprocess.run("ls " + name, shell=True)\n    return os.getcwd()\n';

let sim: GitHubSimulator;
let octokit: Octokit;
let keys: ReturnType<typeof rsaKeyPair>;
let pull: SimPullRequest;
const repo = { owner: 'acme', repo: 'shop' };
const received: { headers: Record<string, unknown>; body: string }[] = [];
let receiver: Server;

beforeAll(async () => {
  ({ sim, keys } = await startSimulator());
  const seeded = addRepository(sim, {
    owner: 'acme',
    name: 'shop',
    files: { 'app.py': BASE_APP, 'README.md': 'shop\n' },
    collaborators: { rita: 'read', wes: 'write' },
  });
  pull = openPullRequest(sim, {
    repo: seeded,
    branch: 'feature',
    changes: { 'app.py': HEAD_APP, 'lib/new.py': 'x = 1\n' },
    author: 'wes',
  });
  octokit = await installationOctokit(sim, keys.privateKey);
  receiver = createServer((req, res) => {
    let body = '';
    req
      .on('data', (c) => (body += c))
      .on('end', () => {
        received.push({ headers: req.headers, body });
        res.writeHead(202).end();
      });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  sim.webhookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/api/github/webhooks`;
});

afterAll(async () => {
  await sim.close();
  await new Promise((resolve) => receiver.close(resolve));
});

describe('authentication', () => {
  it('issues installation tokens only against a JWT signed with the App key', async () => {
    const other = rsaKeyPair();
    const forged = fetch(`${sim.apiRoot}/app/installations/1/access_tokens`, {
      method: 'POST',
      headers: { authorization: `Bearer ${appJwt(other.privateKey)}` },
    });
    expect((await forged).status).toBe(401);
    const stale = await fetch(`${sim.apiRoot}/app/installations/1/access_tokens`, {
      method: 'POST',
      headers: { authorization: `Bearer ${appJwt(keys.privateKey, 4242, Math.floor(Date.now() / 1000) - 3600)}` },
    });
    expect(stale.status).toBe(401);
  });

  it('refuses REST calls without an installation token', async () => {
    const response = await fetch(`${sim.apiRoot}/repos/acme/shop/pulls/1`);
    expect(response.status).toBe(401);
  });
});

describe('pull requests', () => {
  it('lists changed files with GitHub-shaped patches', async () => {
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
      ...repo,
      pull_number: pull.number,
      per_page: 1,
    });
    expect(files.map((f) => [f.filename, f.status, f.additions, f.deletions])).toEqual([
      ['app.py', 'modified', 3, 1],
      ['lib/new.py', 'added', 1, 0],
    ]);
    expect(files[0]!.patch).toBe(
      [
        '@@ -1,4 +1,6 @@',
        ' import os',
        '+import subprocess',
        ' ',
        '-def main():',
        '+def main(name):',
        '+    subprocess.run("ls " + name, shell=True)',
        '     return os.getcwd()',
      ].join('\n'),
    );
  });

  it('serves contents at a ref, raw and as base64, and blobs by sha', async () => {
    const { data } = await octokit.rest.repos.getContent({ ...repo, path: 'app.py', ref: sim.state.headSha(pull) });
    expect(
      Array.isArray(data) ? undefined : data.type === 'file' && Buffer.from(data.content, 'base64').toString(),
    ).toBe(HEAD_APP);
    const raw = await octokit.rest.repos.getContent({ ...repo, path: 'app.py', mediaType: { format: 'raw' } });
    expect(raw.data).toBe(BASE_APP);
    const sha = Array.isArray(data) ? '' : data.sha;
    const blob = await octokit.rest.git.getBlob({ ...repo, file_sha: sha });
    expect(Buffer.from(blob.data.content, 'base64').toString()).toBe(HEAD_APP);
  });

  it('answers collaborator permissions with role_name', async () => {
    const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: 'rita' });
    expect([data.permission, data.role_name]).toEqual(['read', 'read']);
    await expect(
      octokit.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: 'nobody' }),
    ).rejects.toMatchObject({ status: 404 });
  });
});

describe('reviews', () => {
  const comment = (line: number, path = 'app.py') => ({ path, line, side: 'RIGHT' as const, body: `line ${line}` });

  it('refuses the whole review when one comment is outside the diff', async () => {
    const before = sim.state.reviewComments.length;
    await expect(
      octokit.rest.pulls.createReview({
        ...repo,
        pull_number: 1,
        event: 'COMMENT',
        body: 'x',
        comments: [comment(5), comment(40)],
      }),
    ).rejects.toMatchObject({ status: 422 });
    expect(sim.state.reviewComments.length).toBe(before);
  });

  it('refuses a review with an injected bad line, and accepts pending reviews that can be deleted', async () => {
    sim.faults.rejectReviewCommentOn('app.py', 5);
    await expect(
      octokit.rest.pulls.createReview({ ...repo, pull_number: 1, event: 'COMMENT', body: 'x', comments: [comment(5)] }),
    ).rejects.toMatchObject({ status: 422 });
    const pending = await octokit.rest.pulls.createReview({ ...repo, pull_number: 1, comments: [comment(2)] });
    expect(pending.data.state).toBe('PENDING');
    await expect(
      octokit.rest.pulls.createReview({ ...repo, pull_number: 1, comments: [comment(2)] }),
    ).rejects.toMatchObject({ status: 422 });
    await octokit.rest.pulls.deletePendingReview({ ...repo, pull_number: 1, review_id: pending.data.id });
    sim.faults.rejectedReviewLines.clear();
  });

  it('stores a COMMENT review and lists its comments', async () => {
    await octokit.rest.pulls.createReview({
      ...repo,
      pull_number: 1,
      event: 'COMMENT',
      body: 'review',
      comments: [comment(5), comment(1, 'lib/new.py')],
    });
    const listed = await octokit.paginate(octokit.rest.pulls.listReviewComments, {
      ...repo,
      pull_number: 1,
      per_page: 100,
    });
    expect(listed.map((c) => [c.path, c.line, c.body])).toEqual([
      ['app.py', 5, 'line 5'],
      ['lib/new.py', 1, 'line 1'],
    ]);
  });
});

describe('check runs', () => {
  it('creates, appends annotations, completes; refuses more than 50 annotations in one request', async () => {
    const headSha = sim.state.headSha(pull);
    const { data } = await octokit.rest.checks.create({
      ...repo,
      name: 'SentinelPy',
      head_sha: headSha,
      status: 'in_progress',
    });
    const annotation = {
      path: 'app.py',
      start_line: 5,
      end_line: 5,
      annotation_level: 'failure' as const,
      message: 'm',
    };
    await expect(
      octokit.rest.checks.update({
        ...repo,
        check_run_id: data.id,
        output: { title: 't', summary: 's', annotations: Array(51).fill(annotation) },
      }),
    ).rejects.toMatchObject({ status: 422 });
    // The description itself caps annotations at 50 (maxItems): the request is recorded as a violation.
    expect(sim.violations.splice(0)).toEqual([
      expect.objectContaining({
        operationId: 'checks/update',
        problems: ['body/output/annotations must NOT have more than 50 items {"limit":50}'],
      }),
    ]);
    await octokit.rest.checks.update({
      ...repo,
      check_run_id: data.id,
      output: { title: 't', summary: 's', annotations: Array(50).fill(annotation) },
    });
    await octokit.rest.checks.update({
      ...repo,
      check_run_id: data.id,
      conclusion: 'failure',
      output: { title: 't', summary: 's', annotations: [annotation] },
    });
    const run = sim.state.checkRuns.find((r) => r.id === data.id)!;
    expect([run.status, run.conclusion, run.output.annotations.length]).toEqual(['completed', 'failure', 51]);
  });

  it('fails an operation on demand, once', async () => {
    sim.faults.failNext('checks/get', 500);
    await expect(octokit.rest.checks.get({ ...repo, check_run_id: sim.state.checkRuns[0]!.id })).rejects.toMatchObject({
      status: 500,
    });
    await expect(octokit.rest.checks.get({ ...repo, check_run_id: sim.state.checkRuns[0]!.id })).resolves.toMatchObject(
      { status: 200 },
    );
  });
});

describe('contents commits', () => {
  it('needs the blob sha to update, answers 409 on conflict, and fires a signed synchronize', async () => {
    const path = 'python_security_review_20260101.md';
    const content = Buffer.from('# report\n').toString('base64');
    const before = sim.state.headSha(pull);
    const created = await octokit.rest.repos.createOrUpdateFileContents({
      ...repo,
      path,
      message: 'report',
      content,
      branch: 'feature',
    });
    expect(created.status).toBe(201);
    await expect(
      octokit.rest.repos.createOrUpdateFileContents({ ...repo, path, message: 'report', content, branch: 'feature' }),
    ).rejects.toMatchObject({ status: 422 });
    sim.faults.conflictOnContentsUpdate();
    const sha = created.data.content!.sha!;
    await expect(
      octokit.rest.repos.createOrUpdateFileContents({ ...repo, path, message: 'r', content, branch: 'feature', sha }),
    ).rejects.toMatchObject({ status: 409 });
    await sim.settled();
    const event = received.find((r) => r.headers['x-github-event'] === 'pull_request');
    expect(event).toBeDefined();
    expect(event!.headers['x-hub-signature-256']).toBe(signBody(WEBHOOK_SECRET, event!.body));
    const payload = JSON.parse(event!.body);
    expect([payload.action, payload.before, payload.after, payload.sender.type]).toEqual([
      'synchronize',
      before,
      created.data.commit.sha,
      'Bot',
    ]);
    expect(payload.installation.id).toBe(1);
  });

  it('records no violations for all the well-formed calls above', () => {
    expect(sim.violations).toEqual([]);
  });
});

describe('gaps', () => {
  it('answers 404 for a valid operation it does not simulate, and records it', async () => {
    await expect(octokit.rest.repos.listBranches({ ...repo })).rejects.toMatchObject({ status: 404 });
    expect(sim.unimplemented).toEqual(['repos/list-branches']);
    expect(sim.violations).toEqual([]);
  });
});
