// The report commit against nock: one commit whose parent is the reviewed SHA, made on the reviewed commit's tree,
// and a non-forced ref update; GitHub's 422 (the branch moved) means nothing is committed. And the loop guard's
// proof that a commit adds only reports on top of the reviewed one.
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProbotOctokit } from 'probot';
import { createGitHubPort } from '../../src/github/create-port.js';
import { REPORT_PATH } from '../../src/review/report-ledger.js';
import { API, REPO_PATH } from '../helpers/github-mocks.js';

const REVIEWED = 'a'.repeat(40);
const PUSHED = 'b'.repeat(40);
const REPORT = 'c'.repeat(40);
const REF = `${REPO_PATH}/git/refs/${encodeURIComponent('heads/feature/x')}`;

function port() {
  const octokit = new (ProbotOctokit.defaults((o: Record<string, unknown>) => ({
    ...o,
    retry: { enabled: false },
    throttle: { enabled: false },
  })))({ auth: { token: 't' } });
  return createGitHubPort(
    octokit as never,
    { owner: 'Codertocat', repo: 'Hello-World' },
    {
      retries: 2,
      maxWaitMs: 90_000,
      now: () => 0,
      sleep: async () => undefined,
    },
  );
}

const commit = {
  branch: 'feature/x',
  parentSha: REVIEWED,
  files: [{ path: 'python_security_review_20260304.md', content: '# Report ✓\n' }],
  message: 'docs: report',
};

/** Everything up to the ref update; `treeSha` is what createTree answers. */
function nockObjects(treeSha = 'tree-new') {
  const seen: Record<string, any> = {};
  const scope = nock(API)
    .get(`${REPO_PATH}/git/commits/${REVIEWED}`)
    .reply(200, { sha: REVIEWED, tree: { sha: 'tree-reviewed' }, parents: [] })
    .post(`${REPO_PATH}/git/blobs`, (b) => {
      seen.blob = b;
      return true;
    })
    .reply(201, { sha: 'blob-1' })
    .post(`${REPO_PATH}/git/trees`, (b) => {
      seen.tree = b;
      return true;
    })
    .reply(201, { sha: treeSha, tree: [] });
  return { scope, seen };
}

beforeEach(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

describe('report commit (Git Data API)', () => {
  it("makes one commit on the reviewed commit's tree with the reviewed SHA as parent, and fast-forwards the branch", async () => {
    const { scope, seen } = nockObjects();
    scope
      .post(`${REPO_PATH}/git/commits`, (b) => {
        seen.commit = b;
        return true;
      })
      .reply(201, { sha: REPORT })
      .patch(REF, (b) => {
        seen.ref = b;
        return true;
      })
      .reply(200, { ref: 'refs/heads/feature/x', object: { sha: REPORT } });
    expect(await port().commitReport(commit)).toEqual({ status: 'committed', sha: REPORT });
    expect(scope.isDone()).toBe(true);
    expect(Buffer.from(seen.blob.content, 'base64').toString('utf8')).toBe('# Report ✓\n');
    expect(seen.tree).toEqual({
      base_tree: 'tree-reviewed',
      tree: [{ path: 'python_security_review_20260304.md', mode: '100644', type: 'blob', sha: 'blob-1' }],
    });
    expect(seen.commit).toEqual({ message: 'docs: report', tree: 'tree-new', parents: [REVIEWED] });
    expect(seen.ref).toEqual({ sha: REPORT, force: false });
  });

  it('commits nothing when the branch moved during the review (422 on the non-forced update), and says where it is', async () => {
    const { scope } = nockObjects();
    scope
      .post(`${REPO_PATH}/git/commits`)
      .reply(201, { sha: REPORT })
      .patch(REF, (b) => b.force === false)
      .reply(422, { message: 'Update is not a fast forward' })
      .get(`${REPO_PATH}/git/ref/${encodeURIComponent('heads/feature/x')}`)
      .reply(200, { ref: 'refs/heads/feature/x', object: { sha: PUSHED } });
    expect(await port().commitReport(commit)).toEqual({ status: 'head-moved', headNow: PUSHED });
    expect(scope.isDone()).toBe(true);
  });

  it('makes no commit when the tree is unchanged (the report already holds this text)', async () => {
    const { scope } = nockObjects('tree-reviewed');
    expect(await port().commitReport(commit)).toEqual({ status: 'unchanged' });
    expect(scope.isDone()).toBe(true);
  });

  it('lets other errors through (the review notes a failed commit)', async () => {
    const { scope } = nockObjects();
    scope
      .post(`${REPO_PATH}/git/commits`)
      .reply(201, { sha: REPORT })
      .patch(REF)
      .reply(403, { message: 'Resource not accessible by integration' });
    await expect(port().commitReport(commit)).rejects.toMatchObject({ status: 403 });
  });
});

describe('addsOnlyOnTop', () => {
  const isReport = (p: string) => REPORT_PATH.test(p);
  const nockCommit = (parents: string[], files: string[]) =>
    nock(API)
      .get(`${REPO_PATH}/commits/${REPORT}`)
      .query({ per_page: 100 })
      .reply(200, {
        sha: REPORT,
        parents: parents.map((sha) => ({ sha })),
        files: files.map((filename) => ({ filename, status: 'added' })),
      });

  it('holds for a report-only child of the reviewed commit', async () => {
    nockCommit(
      [REVIEWED],
      ['docs/python_security_review_20260304.md', 'docs/python_security_review_20260304.cdx.json'],
    );
    expect(await port().addsOnlyOnTop(REVIEWED, REPORT, isReport)).toBe(true);
  });

  it('fails for a report commit on another commit (a push the review never saw), a merge, or any other file', async () => {
    nockCommit([PUSHED], ['python_security_review_20260304.md']);
    expect(await port().addsOnlyOnTop(REVIEWED, REPORT, isReport)).toBe(false);
    nockCommit([REVIEWED, PUSHED], ['python_security_review_20260304.md']);
    expect(await port().addsOnlyOnTop(REVIEWED, REPORT, isReport)).toBe(false);
    nockCommit([REVIEWED], ['python_security_review_20260304.md', 'app.py']);
    expect(await port().addsOnlyOnTop(REVIEWED, REPORT, isReport)).toBe(false);
    nockCommit([REVIEWED], []);
    expect(await port().addsOnlyOnTop(REVIEWED, REPORT, isReport)).toBe(false);
  });
});
