// The report commit race against nock: when the branch moved during the review, GitHub refuses the non-forced ref
// update (422); nothing is committed and the check says so (and still completes).
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
  nockReportCommit,
  nockUpdateCheck,
} from '../helpers/github-mocks.js';

const CLEAN = 'def add(a, b):\n    return a + b\n';
const FILES = [{ filename: 'app/math.py', patch: addedPatch(CLEAN), content: CLEAN }];
const REPORT_SHA = 'c0ffee0000000000000000000000000000000001';

beforeEach(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

describe('report commit when the branch moved during the review', () => {
  it('commits nothing on the 422 and says so in the completed check', async () => {
    const { probot, app } = await createTestApp();
    const checks = captured();
    const commits = captured();
    const scope = githubScope();
    nockConfig(scope, undefined);
    nockCreateCheck(scope, checks);
    nockListFiles(scope, FILES);
    nockContents(scope, FILES);
    nockListReviewComments(scope, []);
    nockUpdateCheck(scope, checks);
    nockReportCommit(scope, commits, REPORT_SHA, { refStatus: 422 });
    await probot.receive({ id: 'race', name: 'pull_request', payload: fixture('pull_request.opened') as never });
    await app.idle();
    expect(scope.isDone()).toBe(true);
    expect(commits.bodies[0]).toMatchObject({ parents: [HEAD_SHA], force: false });
    const completed = checks.bodies[1]!;
    expect(completed).toMatchObject({ status: 'completed', conclusion: 'success' });
    expect(completed.output.summary).toContain(
      'The report was **not committed**: `changes` moved to feedfac during the review of ec26c3e',
    );
    expect(completed.output.summary).not.toContain('The full report is committed');
  });
});
