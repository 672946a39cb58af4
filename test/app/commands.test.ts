// `/sentinel rescan` and `/sentinel help` comments, and check-run re-runs (button and "Re-run").
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  APP_ID,
  HEAD_SHA,
  captured,
  createTestApp,
  fixture,
  githubScope,
  nockConfig,
  nockContents,
  nockCreateCheck,
  nockGetPull,
  nockListFiles,
  nockListReviewComments,
  nockReactions,
  nockUpdateCheck,
  onTestRepo,
  recordUnmatched,
  REPO_PATH,
} from '../helpers/github-mocks.js';

const CLEAN = [{ filename: 'ok.py', patch: '@@ -0,0 +1 @@\n+x = 1', content: 'x = 1\n' }];
const NO_COMMIT = 'report:\n  commit: false\n';
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

function comment(body: string, userType = 'User') {
  const payload = fixture('issue_comment.created');
  payload.comment.body = body;
  payload.comment.user.type = userType;
  payload.issue.number = 2;
  return onTestRepo(payload);
}

function nockPermission(scope: nock.Scope, permission: string) {
  return scope
    .get(`${REPO_PATH}/collaborators/Codertocat/permission`)
    .reply(200, { permission, role_name: permission, user: { login: 'Codertocat' } });
}

function nockCleanReview(scope: nock.Scope, checks = captured()) {
  nockConfig(scope, NO_COMMIT);
  nockCreateCheck(scope, checks);
  nockListFiles(scope, CLEAN);
  nockContents(scope, CLEAN);
  nockListReviewComments(scope, []);
  nockUpdateCheck(scope, checks);
  return checks;
}

describe('/sentinel rescan', () => {
  it('reviews again for a writer: eyes, then rocket when done', async () => {
    const { probot, app } = await createTestApp();
    const reactions: string[] = [];
    const scope = githubScope();
    nockReactions(scope, 492700400, reactions, ['eyes', 'rocket']);
    nockPermission(scope, 'write');
    nockGetPull(scope);
    const checks = nockCleanReview(scope);
    await probot.receive({ id: 'rescan-w', name: 'issue_comment', payload: comment('/sentinel rescan') as never });
    await app.idle();
    expect(scope.isDone()).toBe(true);
    expect(unmatched.requests).toEqual([]);
    expect(reactions).toEqual(['eyes', 'rocket']);
    expect(checks.bodies[1]).toMatchObject({ conclusion: 'success' });
  });

  it('refuses a reader: eyes, then confused, and changes nothing', async () => {
    const { probot, app } = await createTestApp();
    const reactions: string[] = [];
    const scope = githubScope();
    nockReactions(scope, 492700400, reactions, ['eyes', 'confused']);
    nockPermission(scope, 'read');
    await probot.receive({ id: 'rescan-r', name: 'issue_comment', payload: comment('/sentinel rescan') as never });
    await app.idle();
    expect(scope.isDone()).toBe(true);
    expect(unmatched.requests).toEqual([]);
    expect(reactions).toEqual(['eyes', 'confused']);
  });

  it('ignores bots and comments without a command', async () => {
    const { probot, app } = await createTestApp();
    await probot.receive({ id: 'bot', name: 'issue_comment', payload: comment('/sentinel rescan', 'Bot') as never });
    await probot.receive({
      id: 'chat',
      name: 'issue_comment',
      payload: comment('LGTM, but /sentinel is great') as never,
    });
    await app.idle();
    expect(unmatched.requests).toEqual([]);
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('answers /sentinel help with the commands', async () => {
    const { probot, app } = await createTestApp();
    const reactions: string[] = [];
    const replies: string[] = [];
    const scope = githubScope();
    nockReactions(scope, 492700400, reactions, ['eyes', 'rocket']);
    nockPermission(scope, 'write');
    scope
      .post(`${REPO_PATH}/issues/2/comments`, (body) => {
        replies.push(body.body);
        return true;
      })
      .reply(201, { id: 5 });
    await probot.receive({ id: 'help', name: 'issue_comment', payload: comment('/sentinel help') as never });
    await app.idle();
    expect(scope.isDone()).toBe(true);
    expect(replies[0]).toContain('`/sentinel rescan`');
    expect(reactions).toEqual(['eyes', 'rocket']);
  });
});

describe('command hygiene', () => {
  it('answers /sentinel help from a reader with confused only (no comment posted)', async () => {
    const { probot, app } = await createTestApp();
    const reactions: string[] = [];
    const scope = githubScope();
    nockReactions(scope, 492700400, reactions, ['eyes', 'confused']);
    nockPermission(scope, 'read');
    await probot.receive({ id: 'help-r', name: 'issue_comment', payload: comment('/sentinel help') as never });
    await app.idle();
    expect(scope.isDone()).toBe(true);
    expect(unmatched.requests).toEqual([]);
    expect(reactions).toEqual(['eyes', 'confused']);
  });

  it('ignores commands quoted, fenced or indented', async () => {
    const { probot, app } = await createTestApp();
    const bodies = [
      '> /sentinel rescan',
      '```\n/sentinel rescan\n```',
      '~~~~\n```\n/sentinel help\n~~~~',
      '    /sentinel rescan',
      '\t/sentinel help',
    ];
    for (const [i, body] of bodies.entries()) {
      await probot.receive({ id: `quoted-${i}`, name: 'issue_comment', payload: comment(body) as never });
    }
    await app.idle();
    expect(unmatched.requests).toEqual([]);
    expect(nock.pendingMocks()).toEqual([]);
  });
});

describe('check_run', () => {
  function checkRun(action: 'rerequested' | 'requested_action', appId = APP_ID) {
    const payload = onTestRepo(fixture(`check_run.${action}`));
    payload.check_run.app.id = appId;
    payload.check_run.name = 'SentinelPy';
    payload.check_run.external_id = '2';
    payload.check_run.head_sha = HEAD_SHA;
    payload.check_run.pull_requests = [];
    if (action === 'requested_action') payload.requested_action = { identifier: 'rescan' };
    return payload;
  }

  it.each(['rerequested', 'requested_action'] as const)(
    '%s reviews the pull request named in external_id',
    async (action) => {
      const { probot, app } = await createTestApp();
      const scope = githubScope();
      nockGetPull(scope);
      const checks = nockCleanReview(scope);
      await probot.receive({ id: `cr-${action}`, name: 'check_run', payload: checkRun(action) as never });
      await app.idle();
      expect(scope.isDone()).toBe(true);
      expect(checks.bodies[0]).toMatchObject({ name: 'SentinelPy', status: 'in_progress', external_id: '2' });
    },
  );

  it("re-runs an older commit's check on that commit, without a report commit over the newer head", async () => {
    const { probot, app } = await createTestApp();
    const checks = captured();
    const scope = githubScope();
    nockGetPull(scope, { headSha: 'f'.repeat(40) });
    nockConfig(scope, undefined);
    nockCreateCheck(scope, checks);
    nockListFiles(scope, CLEAN);
    nockContents(scope, CLEAN, HEAD_SHA);
    nockListReviewComments(scope, []);
    nockUpdateCheck(scope, checks);
    await probot.receive({ id: 'cr-stale', name: 'check_run', payload: checkRun('rerequested') as never });
    await app.idle();
    expect(scope.isDone()).toBe(true);
    expect(unmatched.requests).toEqual([]);
    expect(checks.bodies[0]).toMatchObject({ head_sha: HEAD_SHA });
    expect(checks.bodies[1]!.output.summary).not.toContain('committed');
  });

  it('ignores check runs of other apps', async () => {
    const { probot, app } = await createTestApp();
    await probot.receive({ id: 'other-app', name: 'check_run', payload: checkRun('rerequested', 999) as never });
    await app.idle();
    expect(unmatched.requests).toEqual([]);
  });
});
