// A second push: earlier comments are not repeated (fingerprints survive lines moving), new findings are
// commented, today's report is committed again on the new head; our own report commit is not analysed again.
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addedPatch,
  apiScope,
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
  REPO_PATH,
  REPORT_FILE,
} from '../helpers/github-mocks.js';

// Request data reaches each shell call (data flow), so each is a finding; `import subprocess` is only an audit note.
const FIRST =
  'import subprocess\nfrom flask import request\n\ndef run():\n    subprocess.run(request.args["cmd"], shell=True)\n';
const SECOND =
  'import subprocess\nfrom flask import request\n\n\ndef run():\n    subprocess.run(request.args["cmd"], shell=True)\n    subprocess.call(request.headers["X-Job"], shell=True)\n';
const SECOND_SHA = '2222222222222222222222222222222222222222';
const REPORT_SHA = 'c0ffee0000000000000000000000000000000001';

beforeEach(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

async function firstReview() {
  const { probot, app } = await createTestApp();
  const reviews = captured();
  const commits = captured();
  const scope = githubScope();
  const files = [{ filename: 'svc.py', patch: addedPatch(FIRST), content: FIRST }];
  nockConfig(scope, undefined);
  nockCreateCheck(scope, captured());
  nockListFiles(scope, files);
  nockContents(scope, files);
  nockListReviewComments(scope, []);
  nockCreateReview(scope, reviews);
  nockUpdateCheck(scope, captured());
  nockReportCommit(scope, commits, REPORT_SHA);
  await probot.receive({ id: 'first', name: 'pull_request', payload: fixture('pull_request.opened') as never });
  await app.idle();
  expect(scope.isDone()).toBe(true);
  const report = Buffer.from(commits.bodies[0]!.content, 'base64').toString('utf8');
  return {
    probot,
    app,
    postedBodies: reviews.bodies[0]!.comments.map((c: { body: string }) => c.body) as string[],
    report,
  };
}

/** GitHub's record of `sha`: one parent, one changed file, the report. */
function nockReportOnlyCommit(scope: nock.Scope, sha: string, parent: string, files = [REPORT_FILE]): nock.Scope {
  return scope
    .get(`${REPO_PATH}/commits/${sha}`)
    .query({ per_page: 100 })
    .reply(200, { sha, parents: [{ sha: parent }], files: files.map((filename) => ({ filename, status: 'added' })) });
}

function synchronize(before: string, after: string, senderType: 'User' | 'Bot') {
  const payload = fixture('pull_request.synchronize');
  payload.before = before;
  payload.after = after;
  payload.pull_request.head.sha = after;
  payload.sender.type = senderType;
  return payload;
}

describe('pull_request.synchronize', () => {
  it("comments only on findings not commented before, and updates today's report", async () => {
    const { probot, app, postedBodies, report } = await firstReview();
    expect(postedBodies).toHaveLength(1);
    const reviews = captured();
    const commits = captured();
    const checks = captured();
    const scope = apiScope();
    const files = [{ filename: 'svc.py', patch: addedPatch(SECOND), content: SECOND }];
    nockConfig(scope, undefined);
    nockCreateCheck(scope, checks, 78);
    nockListFiles(scope, files);
    nockContents(scope, files, SECOND_SHA);
    nockListReviewComments(scope, postedBodies);
    nockCreateReview(scope, reviews);
    nockUpdateCheck(scope, checks, 78);
    nockReportCommit(scope, commits, 'c0ffee0000000000000000000000000000000002', { parent: SECOND_SHA });

    await probot.receive({
      id: 'second',
      name: 'pull_request',
      payload: synchronize(REPORT_SHA, SECOND_SHA, 'User') as never,
    });
    await app.idle();

    expect(scope.isDone()).toBe(true);
    const comments = reviews.bodies[0]!.comments;
    expect(comments).toHaveLength(1);
    expect(comments[0]).toMatchObject({ path: 'svc.py', line: 7 });
    expect(comments[0].body).toContain('subprocess.call');
    expect(checks.bodies[1]!.output.summary).toContain('Review comments: 1 posted');
    expect(checks.bodies[1]!.output.summary).toContain('1 already posted on earlier pushes');
    // Today's report again, as a new commit on the second push (its only parent), the branch fast-forwarded only.
    expect(commits.bodies[0]).toMatchObject({
      path: REPORT_FILE,
      parents: [SECOND_SHA],
      base_tree: `tree-${SECOND_SHA}`,
      force: false,
    });
    expect(Buffer.from(commits.bodies[0]!.content, 'base64').toString('utf8')).not.toBe(report);
  });

  it('does not analyse its own report commit, yet completes a check on it with the same conclusion', async () => {
    const { probot, app } = await firstReview();
    const checks = captured();
    const scope = apiScope();
    nockCreateCheck(scope, checks, 79);
    nockReportOnlyCommit(scope, REPORT_SHA, HEAD_SHA);
    await probot.receive({
      id: 'own-commit',
      name: 'pull_request',
      payload: synchronize(HEAD_SHA, REPORT_SHA, 'Bot') as never,
    });
    await app.idle();
    expect(scope.isDone()).toBe(true);
    expect(checks.bodies[0]).toMatchObject({ head_sha: REPORT_SHA, status: 'completed', conclusion: 'failure' });
    expect(checks.bodies[0]!.output.summary).toMatch(/^Carried over from ec26c3e/);
  });

  it('after a restart, recognises a bot push that only changed the report and copies the previous check', async () => {
    const { probot, app } = await createTestApp();
    const checks = captured();
    const scope = githubScope();
    nockReportOnlyCommit(scope, REPORT_SHA, HEAD_SHA);
    scope
      .get(`${REPO_PATH}/commits/${HEAD_SHA}/check-runs`)
      .query({ check_name: 'SentinelPy', status: 'completed', filter: 'latest' })
      .reply(200, {
        total_count: 1,
        check_runs: [{ id: 5, conclusion: 'success', output: { title: 'No new security findings', summary: 'ok' } }],
      });
    nockCreateCheck(scope, checks);
    await probot.receive({
      id: 'restart',
      name: 'pull_request',
      payload: synchronize(HEAD_SHA, REPORT_SHA, 'Bot') as never,
    });
    await app.idle();
    expect(scope.isDone()).toBe(true);
    expect(checks.bodies[0]).toMatchObject({
      head_sha: REPORT_SHA,
      conclusion: 'success',
      output: { title: 'No new security findings' },
    });
  });
});
