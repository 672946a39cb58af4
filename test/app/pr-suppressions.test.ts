// A pull request that silences its own critical finding with a suppression it adds (`# sentinel: ignore -- reviewed`): the check run per
// `suppressions.inPullRequest`, and an approval recorded by the App (never a marker typed by someone else).
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addedPatch,
  captured,
  createTestApp,
  fixture,
  githubScope,
  nockConfig,
  nockContents,
  nockCreateCheck,
  nockCreateReview,
  nockListFiles,
  nockListReviewComments,
  nockUpdateCheck,
  recordUnmatched,
  REPO_PATH,
  type Captured,
} from '../helpers/github-mocks.js';

// Request data reaches the shell (a critical, evidence-backed finding), silenced by a suppression the PR adds.
const SILENCED =
  'import subprocess\nfrom flask import request\n\ndef run():\n    subprocess.run(request.args["cmd"], shell=True)  # sentinel: ignore -- reviewed\n';
const FILES = [{ filename: 'svc.py', patch: addedPatch(SILENCED), content: SILENCED }];
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

async function review(mode: string | undefined, conversation?: { login: string; type: string; body: string }[]) {
  const { probot, app } = await createTestApp();
  const checks = captured();
  const reviews: Captured = captured();
  const scope = githubScope();
  nockConfig(scope, `report:\n  commit: false\n${mode ? `suppressions:\n  inPullRequest: ${mode}\n` : ''}`);
  nockCreateCheck(scope, checks);
  nockListFiles(scope, FILES);
  nockContents(scope, FILES);
  nockListReviewComments(scope, []);
  // Only `ignore` has anything to comment (the suppression gives a reason, so no suppression-without-reason).
  if (mode === 'ignore') nockCreateReview(scope, reviews);
  if (conversation) {
    scope
      .get(`${REPO_PATH}/issues/2/comments`)
      .query({ per_page: 100 })
      .reply(
        200,
        conversation.map((c, i) => ({ id: i + 1, body: c.body, user: { login: c.login, type: c.type } })),
      );
  }
  nockUpdateCheck(scope, checks);
  await probot.receive({
    id: `d-${Math.random()}`,
    name: 'pull_request',
    payload: fixture('pull_request.opened') as never,
  });
  await app.idle();
  expect(scope.isDone()).toBe(true);
  expect(unmatched.requests).toEqual([]);
  const commented = (reviews.bodies[0]?.comments ?? []) as { line: number; body: string }[];
  return { check: checks.bodies[1]!, shellComments: commented.filter((c) => c.body.includes('tainted-command')) };
}

const fingerprintIn = (summary: string) => /sentinel allow ([0-9a-f]{20}) -- reason/.exec(summary)?.[1];

describe('suppressions.inPullRequest', () => {
  it('report (default): no line comment, but listed as needing review and still failing the check', async () => {
    const { check, shellComments } = await review(undefined, []);
    expect(shellComments).toEqual([]);
    expect(check.conclusion).toBe('failure');
    expect(check.output.title).toMatch(/1 new suppression by the PR needs review$/);
    expect(check.output.summary).toContain(
      'New suppression by the PR, needs review: `tainted-command` (critical) at `svc.py:5`, silenced by `# sentinel: ignore -- reviewed`',
    );
    expect(fingerprintIn(check.output.summary)).toBeDefined();
  });

  it('report: an approval the App recorded turns it green; the same marker typed by a person does not', async () => {
    const first = await review('report', []);
    const fp = fingerprintIn(first.check.output.summary)!;
    const marker = `<!-- sentinel:allow=${fp} by=wes -->`;
    const forged = await review('report', [{ login: 'mallory', type: 'User', body: marker }]);
    expect(forged.check.conclusion).toBe('failure');
    const approved = await review('report', [{ login: 'sentinelpy[bot]', type: 'Bot', body: `approved\n\n${marker}` }]);
    expect(approved.check.conclusion).toBe('success');
    expect(approved.check.output.title).not.toMatch(/needs review/);
    expect(approved.check.output.summary).toContain(
      'New suppression by the PR, approved by `wes`: `tainted-command` (critical) at `svc.py:5`',
    );
  });

  it('ignore: the suppression is not honoured — a line comment and a failing check', async () => {
    const { check, shellComments } = await review('ignore');
    expect(check.conclusion).toBe('failure');
    expect(shellComments.map((c) => c.line)).toEqual([5]);
    expect(check.output.summary).not.toContain('needs review');
  });

  it("honor: today's behaviour — suppressed, green", async () => {
    const { check, shellComments } = await review('honor');
    expect(shellComments).toEqual([]);
    expect(check.conclusion).toBe('success');
  });
});
