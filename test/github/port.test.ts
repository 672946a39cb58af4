// Octokit adapters: annotations 50 per request, blobs API above 1 MB, secondary-rate-limit retry honouring
// retry-after (the report commit has its own test file).
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProbotOctokit } from 'probot';
import { createGitHubPort } from '../../src/github/create-port.js';
import type { CheckAnnotation } from '../../src/github/port.js';
import { API, REPO_PATH } from '../helpers/github-mocks.js';

const waits: number[] = [];
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
      sleep: async (ms) => void waits.push(ms),
    },
  );
}

beforeEach(() => {
  nock.disableNetConnect();
  waits.length = 0;
});
afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

describe('GitHub port', () => {
  it('sends 120 annotations as 50 + 50 + 20', async () => {
    const sizes: number[] = [];
    const annotations: CheckAnnotation[] = Array.from({ length: 120 }, (_, i) => ({
      path: 'a.py',
      start_line: i + 1,
      end_line: i + 1,
      annotation_level: 'warning',
      title: 't',
      message: 'm',
    }));
    const scope = nock(API)
      .patch(`${REPO_PATH}/check-runs/7`, (b) => {
        sizes.push(b.output.annotations.length);
        return true;
      })
      .times(3)
      .reply(200, {});
    await port().completeCheck(7, { conclusion: 'success', output: { title: 't', summary: 's', annotations } });
    expect(scope.isDone()).toBe(true);
    expect(sizes).toEqual([50, 50, 20]);
  });

  it('reads a file above 1 MB through the blobs API and skips one above the limit', async () => {
    const big = 'x = 1\n'.repeat(200_000);
    const scope = nock(API)
      .get(`${REPO_PATH}/contents/big.py`)
      .query({ ref: 'h' })
      .reply(200, {
        type: 'file',
        encoding: 'none',
        content: '',
        size: big.length,
        sha: 'blobsha',
        path: 'big.py',
        name: 'big.py',
      })
      .get(`${REPO_PATH}/git/blobs/blobsha`)
      .reply(200, {
        encoding: 'base64',
        content: Buffer.from(big).toString('base64'),
        sha: 'blobsha',
        size: big.length,
      })
      .get(`${REPO_PATH}/contents/huge.py`)
      .query({ ref: 'h' })
      .reply(200, {
        type: 'file',
        encoding: 'none',
        content: '',
        size: 9_000_000,
        sha: 's2',
        path: 'huge.py',
        name: 'huge.py',
      });
    const gh = port();
    expect((await gh.readFile({ path: 'big.py', status: 'added', sha: 'blobsha' }, 'h', 5_000_000)).text).toBe(big);
    expect(await gh.readFile({ path: 'huge.py', status: 'added', sha: 's2' }, 'h', 5_000_000)).toEqual({
      size: 9_000_000,
    });
    expect(scope.isDone()).toBe(true);
  });

  it('waits retry-after on a secondary rate limit, then gives up after two retries', async () => {
    const limited = { message: 'You have exceeded a secondary rate limit' };
    const scope = nock(API)
      .get(`${REPO_PATH}/pulls/1`)
      .reply(403, limited, { 'retry-after': '3' })
      .get(`${REPO_PATH}/pulls/1`)
      .reply(200, {
        number: 1,
        draft: false,
        head: { sha: 'h', ref: 'r', repo: { full_name: 'Codertocat/Hello-World' } },
        base: { repo: { full_name: 'Codertocat/Hello-World', default_branch: 'main' } },
      })
      .get(`${REPO_PATH}/pulls/2`)
      .times(3)
      .reply(403, limited, { 'retry-after': '1' });
    const gh = port();
    expect((await gh.getPull(1)).headSha).toBe('h');
    await expect(gh.getPull(2)).rejects.toMatchObject({ status: 403 });
    expect(waits).toEqual([3000, 1000, 1000]);
    expect(scope.isDone()).toBe(true);
  });
});

describe('fingerprint markers from other authors', () => {
  const marker = '<!-- sentinel:fp=abc123 -->';
  const listed = (users: { login: string; type: string }[]) =>
    nock(API)
      .get(`${REPO_PATH}/pulls/1/comments`)
      .query({ per_page: 100 })
      .reply(
        200,
        users.map((user, i) => ({ id: i + 1, body: `${marker} by ${user.login}`, path: 'x.py', line: 1, user })),
      );

  it('counts only comments by the App bot (known slug)', async () => {
    const scope = listed([
      { login: 'mallory', type: 'User' },
      { login: 'other-app[bot]', type: 'Bot' },
      { login: 'sentinelpy[bot]', type: 'Bot' },
    ]);
    const octokit = new (ProbotOctokit.defaults((o: Record<string, unknown>) => ({
      ...o,
      retry: { enabled: false },
      throttle: { enabled: false },
    })))({ auth: { token: 't' } });
    const bodies = await createGitHubPort(
      octokit as never,
      { owner: 'Codertocat', repo: 'Hello-World' },
      undefined,
      'sentinelpy',
    ).listReviewCommentBodies(1);
    expect(scope.isDone()).toBe(true);
    expect(bodies).toEqual([`${marker} by sentinelpy[bot]`]);
  });

  it('never trusts a person, even a user named like a bot, when the slug is unknown', async () => {
    const scope = listed([
      { login: 'mallory', type: 'User' },
      { login: 'sentinelpy[bot]', type: 'User' },
    ]);
    expect(await port().listReviewCommentBodies(1)).toEqual([]);
    expect(scope.isDone()).toBe(true);
  });
});
