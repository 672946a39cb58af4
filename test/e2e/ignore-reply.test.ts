// End to end: `/sentinel ignore` replied to one of the App's review comments. A writer's reply turns the failing
// check green within the one webhook round trip (no new analysis), commits the ledger entry to the branch and
// resolves the thread; a reader's is refused; the entry survives a push that moves the code down; on a fork the
// entry is posted for the author instead of committed.
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  checkRunsOn,
  openPullRequest,
  pushToPullRequest,
  replyToReviewComment,
  sendPullRequest,
  type GitHubSimulator,
  type SimCheckRun,
  type SimPullRequest,
  type SimReviewComment,
} from '../../tools/simulator/index.js';
import { EVAL_APP, expectNoViolations, startE2E, type E2E } from './support.js';

let env: E2E | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

const LEDGER = '.github/sentinel-ignore.yml';

function latestCheck(sim: GitHubSimulator, sha: string): SimCheckRun | undefined {
  return checkRunsOn(sim, sha)
    .filter((r) => r.status === 'completed')
    .at(-1);
}

function appThread(sim: GitHubSimulator): SimReviewComment {
  const root = sim.state.reviewComments.find((c) => c.user.type === 'Bot' && !c.inReplyTo && c.body.includes('eval-'));
  if (!root) throw new Error('no SentinelPy review comment on eval');
  return root;
}

const repliesIn = (sim: GitHubSimulator, root: SimReviewComment) =>
  sim.state.reviewComments.filter((c) => c.inReplyTo === root.id && c.user.type === 'Bot');

async function reviewed(e: E2E, pull: SimPullRequest) {
  await sendPullRequest(e.sim, pull);
  await e.settle();
  const head = e.sim.state.headSha(pull);
  expect(latestCheck(e.sim, head)?.conclusion).toBe('failure');
  return { head, root: appThread(e.sim) };
}

describe('/sentinel ignore replied to a review comment', () => {
  it("a reader is refused; a writer's reply turns the check green at once, commits the entry, resolves the thread, and survives a push moving the code", async () => {
    env = await startE2E();
    const pull = openPullRequest(env.sim, {
      repo: env.repo,
      branch: 'feature',
      changes: { 'svc.py': EVAL_APP },
      author: 'rita',
    });
    const { head, root } = await reviewed(env, pull);
    const fingerprint = /sentinel:fp=([0-9a-f]+)/.exec(root.body)![1]!;
    const analyses = () => env!.sim.requests.filter((r) => r.operationId === 'pulls/list-files').length;
    const before = analyses();

    const byReader = await replyToReviewComment(
      env.sim,
      pull,
      root,
      'rita',
      '/sentinel false-positive -- it is my code',
    );
    expect(byReader.delivery.status).toBe(200);
    expect(byReader.comment.reactions!.map((r) => r.content)).toEqual(['eyes', 'confused']);
    expect(repliesIn(env.sim, root).at(-1)!.body).toContain('cannot dismiss findings');
    expect(env.sim.state.headSha(pull)).toBe(head);
    expect(latestCheck(env.sim, head)!.conclusion).toBe('failure');

    const byWriter = await replyToReviewComment(
      env.sim,
      pull,
      root,
      'wes',
      '/sentinel accepted-risk --until 2099-12-31 -- only admins reach /compute <b>@team</b>',
    );
    // One webhook round trip: when the delivery is answered the new head already has a passing check.
    expect(byWriter.delivery.status).toBe(200);
    const newHead = env.sim.state.headSha(pull);
    expect(newHead).not.toBe(head);
    expect(latestCheck(env.sim, newHead)!.conclusion).toBe('success');
    expect(latestCheck(env.sim, newHead)!.output.summary).toContain('Dismissed (accepted-risk) by `wes`');
    expect(analyses()).toBe(before); // no new analysis
    await env.settle();
    expect(byWriter.comment.reactions!.map((r) => r.content)).toEqual(['eyes', 'rocket']);
    expect(env.sim.state.resolvedThreads.has(root.id)).toBe(true);
    const reply = repliesIn(env.sim, root).at(-1)!.body;
    expect(reply).toContain('Dismissed as **accepted-risk**');
    expect(reply).not.toContain('<b>');
    expect(reply).not.toMatch(/@team/);

    // The entry, in the ledger committed on top of the reviewed commit.
    const commit = env.sim.state.commits.get(newHead)!;
    expect(commit.parents).toEqual([head]);
    const ledger = parse(commit.files.get(LEDGER)!) as { ignore: Record<string, string>[] };
    expect(ledger.ignore).toEqual([
      expect.objectContaining({
        fingerprint,
        rule: 'eval-computed-input',
        path: 'svc.py',
        kind: 'accepted-risk',
        by: 'wes',
        until: '2099-12-31',
        reason: 'only admins reach /compute <b>@team</b>',
        excerptHash: expect.stringMatching(/^[0-9a-f]{64}$/),
        at: expect.any(String),
      }),
    ]);

    // The ledger commit's synchronize did not bring back the old result.
    expect(checkRunsOn(env.sim, newHead).map((r) => r.conclusion)).toEqual(['success']);

    // The code moves down; the entry still matches by fingerprint.
    await pushToPullRequest(env.sim, pull, {
      'svc.py': `"""Calculator."""\nimport logging\n\nlog = logging.getLogger(__name__)\n\n${EVAL_APP}`,
    });
    await env.settle();
    const moved = latestCheck(env.sim, env.sim.state.headSha(pull))!;
    expect(moved.conclusion).toBe('success');
    expect(moved.output.summary).toMatch(/Dismissed \(accepted-risk\) by `wes`: `eval-computed-input` at `svc\.py:9`/);
    expectNoViolations(env);
  });

  it('an entry the pull request adds to the ledger by itself does not count', async () => {
    env = await startE2E();
    const first = openPullRequest(env.sim, {
      repo: env.repo,
      branch: 'probe',
      changes: { 'svc.py': EVAL_APP },
      author: 'rita',
    });
    const { root } = await reviewed(env, first);
    const fingerprint = /sentinel:fp=([0-9a-f]+)/.exec(root.body)![1]!;
    const forged = `version: 1\nignore:\n  - fingerprint: ${fingerprint}\n    rule: eval-computed-input\n    path: svc.py\n    kind: ignore\n    reason: trust me\n    by: wes\n    at: 2026-01-01\n`;
    const pull = openPullRequest(env.sim, {
      repo: env.repo,
      branch: 'forged',
      changes: { 'svc.py': EVAL_APP, [LEDGER]: forged },
      author: 'rita',
    });
    await sendPullRequest(env.sim, pull);
    await env.settle();
    const check = latestCheck(env.sim, env.sim.state.headSha(pull))!;
    expect(check.conclusion).toBe('failure');
    expect(check.output.summary).toContain('added by this pull request without a writer');
    expectNoViolations(env);
  });

  it('a fork pull request gets the entry to apply instead of a commit, and the check turns green', async () => {
    env = await startE2E();
    const pull = openPullRequest(env.sim, {
      repo: env.repo,
      branch: 'patch',
      changes: { 'svc.py': EVAL_APP },
      author: 'outsider',
      forkOwner: 'outsider',
    });
    const { head, root } = await reviewed(env, pull);
    const byWriter = await replyToReviewComment(
      env.sim,
      pull,
      root,
      'wes',
      '/sentinel wont-fix -- legacy endpoint, removed next quarter',
    );
    expect(latestCheck(env.sim, head)!.conclusion).toBe('success');
    await env.settle();
    expect(byWriter.comment.reactions!.map((r) => r.content)).toEqual(['eyes', 'rocket']);
    expect(env.sim.state.headSha(pull)).toBe(head); // nothing pushed to the fork
    const reply = repliesIn(env.sim, root).at(-1)!.body;
    expect(reply).toContain('cannot push to a fork');
    const yaml = /```yaml\n([\s\S]*?)\n```/.exec(reply)?.[1];
    const entry = (parse(yaml!) as { ignore: Record<string, string>[] }).ignore[0]!;
    expect(entry).toMatchObject({ rule: 'eval-computed-input', kind: 'wont-fix', by: 'wes', path: 'svc.py' });
    expect(latestCheck(env.sim, head)!.conclusion).toBe('success');
    expect(env.sim.state.resolvedThreads.has(root.id)).toBe(true);

    // The author applies it on the fork: the next review honours the entry (the App recorded the decision).
    await pushToPullRequest(env.sim, pull, { [LEDGER]: `${yaml}\n` });
    await env.settle();
    expect(latestCheck(env.sim, env.sim.state.headSha(pull))!.conclusion).toBe('success');
    expectNoViolations(env);
  });
});
