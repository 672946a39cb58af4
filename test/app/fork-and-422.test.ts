// Fork pull requests (no commit, report in the check run) and a review GitHub refuses with 422 for one comment.
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
  nockListFiles,
  nockListReviewComments,
  nockUpdateCheck,
  recordUnmatched,
  REPO_PATH,
} from '../helpers/github-mocks.js';

// Request data reaches both shell calls (lines 5 and 9): two findings; `import subprocess` is only an audit note.
const CODE =
  'import subprocess\nfrom flask import request\n\ndef a():\n    subprocess.run(request.args["x"], shell=True)\n\n\ndef b():\n    subprocess.call(request.form["y"], shell=True)\n';
const FILES = [{ filename: 'jobs.py', patch: addedPatch(CODE), content: CODE }];
let unmatched: ReturnType<typeof recordUnmatched>;

beforeEach(() => {
  nock.disableNetConnect();
  unmatched = recordUnmatched();
});
afterEach(() => {
  unmatched.stop();
  nock.cleanAll();
  nock.enableNetConnect();
});

describe('fork pull requests', () => {
  it('commit nothing and put the report in the check run text', async () => {
    const { probot, app } = await createTestApp();
    const checks = captured();
    const scope = githubScope();
    nockConfig(scope, 'comments:\n  max: 0\n');
    nockCreateCheck(scope, checks);
    nockListFiles(scope, FILES);
    nockContents(scope, FILES);
    nockListReviewComments(scope, []);
    nockUpdateCheck(scope, checks);
    const payload = fixture('pull_request.opened');
    payload.pull_request.head.repo.full_name = 'forker/Hello-World';
    await probot.receive({ id: 'fork', name: 'pull_request', payload: payload as never });
    await app.idle();
    expect(scope.isDone()).toBe(true);
    expect(unmatched.requests).toEqual([]);
    const output = checks.bodies[1]!.output;
    expect(output.summary).toContain('Fork pull request: SentinelPy cannot push to a fork');
    expect(output.summary).toContain('2 over the comment limit');
    expect(output.text).toContain('jobs.py');
  });
});

describe('a 422 on one comment', () => {
  it('drops only the refused comment, posts the rest in one review and lists the dropped one', async () => {
    const { probot, app } = await createTestApp();
    const checks = captured();
    const posted: { event?: string; lines: number[] }[] = [];
    const scope = githubScope();
    nockConfig(scope, 'report:\n  commit: false\n');
    nockCreateCheck(scope, checks);
    nockListFiles(scope, FILES);
    nockContents(scope, FILES);
    nockListReviewComments(scope, []);
    // GitHub refuses any review that contains the comment on line 9, without saying which one it was.
    const reviews = `${REPO_PATH}/pulls/2/reviews`;
    const record = (body: { event?: string; comments: { line: number }[] }) => {
      posted.push({ ...(body.event ? { event: body.event } : {}), lines: body.comments.map((c) => c.line) });
      return true;
    };
    const refusesLine9 = (body: { comments: { line: number }[] }) => body.comments.some((c) => c.line === 9);
    scope
      .post(reviews, (b) => refusesLine9(b) && record(b))
      .times(3)
      .reply(422, { message: 'Unprocessable Entity' });
    scope.post(reviews, (b) => !refusesLine9(b) && !b.event && record(b)).reply(200, { id: 901 });
    scope.delete(`${reviews}/901`).reply(200, { id: 901 });
    scope.post(reviews, (b) => !refusesLine9(b) && b.event === 'COMMENT' && record(b)).reply(200, { id: 902 });
    nockUpdateCheck(scope, checks);

    await probot.receive({ id: 'review-422', name: 'pull_request', payload: fixture('pull_request.opened') as never });
    await app.idle();

    expect(scope.isDone()).toBe(true);
    expect(unmatched.requests).toEqual([]);
    expect(posted).toEqual([
      { event: 'COMMENT', lines: [5, 9] }, // refused whole
      { lines: [5, 9] }, // pending probe, refused
      { lines: [5] }, // pending probe, accepted (then deleted)
      { lines: [9] }, // pending probe, refused
      { event: 'COMMENT', lines: [5] }, // the one real review
    ]);
    expect(checks.bodies[1]!.output.summary).toContain(
      'GitHub refused 1 comment(s); they are listed here instead: `jobs.py:9`',
    );
    expect(checks.bodies[1]!.output.summary).toContain('Review comments: 1 posted');
    expect(checks.bodies[1]!.output.annotations).toHaveLength(2);
    expect(checks.bodies[0]).toMatchObject({ head_sha: HEAD_SHA });
  });
});
