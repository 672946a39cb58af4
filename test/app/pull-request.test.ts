// pull_request handler tests: the whole review against nock (every mock asserted done, bodies checked).
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addedPatch,
  captured,
  createTestApp,
  fixture,
  githubScope,
  HEAD_SHA,
  nockConfig,
  nockContents,
  nockCreateCheck,
  nockCreateReview,
  nockListFiles,
  nockListReviewComments,
  nockReportCommit,
  nockUpdateCheck,
  PR_NUMBER,
} from '../helpers/github-mocks.js';

// Line 5: request data reaches a shell (data flow, critical); line 6: TLS checks off as written (config, high, with
// an autofix); line 2: `import subprocess` alone is an audit note, never a comment.
const VULNERABLE =
  'import requests\nimport subprocess\nfrom flask import request\ndef run():\n    subprocess.run(request.args["cmd"], shell=True)\n    requests.get("https://rates.example.com/today", verify=False, timeout=5)\n';
const CLEAN = 'def add(a, b):\n    return a + b\n';
const FILES = [
  { filename: 'app/tasks.py', patch: addedPatch(VULNERABLE), content: VULNERABLE },
  { filename: 'app/math.py', patch: addedPatch(CLEAN), content: CLEAN },
  { filename: 'README.md', patch: '@@ -0,0 +1 @@\n+hi' },
  { filename: 'old.py', status: 'removed', patch: '@@ -1 +0,0 @@\n-x = 1' },
];

beforeEach(() => {
  nock.disableNetConnect();
});

afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

describe('pull_request.opened', () => {
  it('reviews the Python files, comments on new findings, completes the check and commits the report', async () => {
    const { probot, app } = await createTestApp();
    const checks = captured();
    const reviews = captured();
    const commits = captured();
    const scope = githubScope();
    nockConfig(scope, undefined);
    nockCreateCheck(scope, checks);
    nockListFiles(scope, FILES);
    nockContents(scope, FILES);
    nockListReviewComments(scope, []);
    nockCreateReview(scope, reviews);
    nockUpdateCheck(scope, checks);
    nockReportCommit(scope, commits);

    const started = performance.now();
    await probot.receive({ id: 'd-1', name: 'pull_request', payload: fixture('pull_request.opened') as never });
    await app.idle();
    const elapsed = performance.now() - started;
    console.info(`delivery → completed check (2 Python files, nock): ${elapsed.toFixed(0)} ms`);

    expect(scope.isDone()).toBe(true);
    const [create, complete] = checks.bodies;
    expect(create).toMatchObject({
      name: 'SentinelPy',
      head_sha: HEAD_SHA,
      status: 'in_progress',
      external_id: String(PR_NUMBER),
    });
    expect(complete).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(complete!.output.title).toBe('2 new security findings: 1 critical, 1 high');
    expect(complete!.output.summary).toContain('Review comments: 2 posted');
    expect(complete!.output.summary).toContain('committed to `changes` as `python_security_review_20260304.md`');
    expect(complete!.output.annotations).toEqual([
      expect.objectContaining({ path: 'app/tasks.py', start_line: 5, end_line: 5, annotation_level: 'failure' }),
      expect.objectContaining({ path: 'app/tasks.py', start_line: 6, end_line: 6, annotation_level: 'failure' }),
    ]);
    expect(complete!.actions).toEqual([expect.objectContaining({ identifier: 'rescan' })]);

    const review = reviews.bodies[0]!;
    expect(review).toMatchObject({ event: 'COMMENT', commit_id: HEAD_SHA });
    expect(review.comments.map((c: { path: string; line: number; side: string }) => [c.path, c.line, c.side])).toEqual([
      ['app/tasks.py', 5, 'RIGHT'],
      ['app/tasks.py', 6, 'RIGHT'],
    ]);
    expect(review.comments[0].body).toMatch(/<!-- sentinel:fp=[0-9a-f]{20} -->$/);
    expect(review.comments[0].body).not.toContain('```suggestion');
    expect(review.comments[1].body).toContain(
      '```suggestion\n    requests.get("https://rates.example.com/today", timeout=5)\n```',
    );

    const commit = commits.bodies[0]!;
    expect(commit).toMatchObject({
      branch: 'changes',
      message: expect.stringContaining('[sentinelpy report]'),
      parents: [HEAD_SHA],
      base_tree: `tree-${HEAD_SHA}`,
      force: false,
    });
    const report = Buffer.from(commit.content, 'base64').toString('utf8');
    expect(report).toContain('app/tasks.py');
    const notes = report.slice(report.indexOf('## Audit Notes'));
    expect(notes).toMatch(/^## Audit Notes/);
    expect(notes).toContain('| `app/tasks.py:2` | `subprocess-module-import` |');
  });

  it('handles one X-GitHub-Delivery once', async () => {
    const { probot, app } = await createTestApp();
    const checks = captured();
    const scope = githubScope();
    nockConfig(scope, 'report:\n  commit: false\n');
    nockCreateCheck(scope, checks);
    nockListFiles(scope, [FILES[1]!]);
    nockContents(scope, [FILES[1]!]);
    nockListReviewComments(scope, []);
    nockUpdateCheck(scope, checks);

    const payload = fixture('pull_request.opened') as never;
    await probot.receive({ id: 'same', name: 'pull_request', payload });
    await probot.receive({ id: 'same', name: 'pull_request', payload });
    await app.idle();

    expect(scope.isDone()).toBe(true);
    expect(checks.bodies).toHaveLength(2);
    expect(checks.bodies[1]).toMatchObject({ conclusion: 'success', output: { title: 'No new security findings' } });
  });

  it('skips drafts unless the config reviews them', async () => {
    const { probot, app } = await createTestApp();
    const scope = githubScope();
    nockConfig(scope, undefined);
    const payload = fixture('pull_request.opened');
    payload.pull_request.draft = true;
    await probot.receive({ id: 'draft', name: 'pull_request', payload: payload as never });
    await app.idle();
    expect(scope.isDone()).toBe(true);
  });

  it('completes the check as neutral naming the bad key when the config is invalid', async () => {
    const { probot, app } = await createTestApp();
    const checks = captured();
    const scope = githubScope();
    nockConfig(scope, 'comments:\n  max: lots\n');
    nockCreateCheck(scope, checks);
    await probot.receive({ id: 'bad-config', name: 'pull_request', payload: fixture('pull_request.opened') as never });
    await app.idle();
    expect(scope.isDone()).toBe(true);
    expect(checks.bodies[0]).toMatchObject({ status: 'completed', conclusion: 'neutral', head_sha: HEAD_SHA });
    expect(checks.bodies[0]!.output.summary).toContain('comments.max');
  });

  it('still completes the check when GitHub fails during the run', async () => {
    const { probot, app } = await createTestApp();
    const checks = captured();
    const scope = githubScope();
    nockConfig(scope, undefined);
    nockCreateCheck(scope, checks);
    scope
      .get(`/repos/Codertocat/Hello-World/pulls/${PR_NUMBER}/files`)
      .query(true)
      .reply(500, { message: 'Server Error' });
    nockUpdateCheck(scope, checks);
    await probot.receive({ id: 'gh-500', name: 'pull_request', payload: fixture('pull_request.opened') as never });
    await app.idle();
    expect(scope.isDone()).toBe(true);
    expect(checks.bodies[1]).toMatchObject({
      status: 'completed',
      conclusion: 'failure',
      output: { title: 'SentinelPy could not complete the review' },
    });
  });
});
