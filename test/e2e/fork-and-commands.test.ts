// End to end: a fork pull request (no commit, report in the check run), and `/sentinel rescan` by a writer and a reader.
import { afterEach, describe, expect, it } from 'vitest';
import {
  checkRunsOn,
  commentOnPullRequest,
  completedCheck,
  openPullRequest,
  sendPullRequest,
} from '../../tools/simulator/index.js';
import { commentKeys, expectNoViolations, startE2E, VULNERABLE_APP, type E2E } from './support.js';

let env: E2E | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

describe('fork pull request', () => {
  it('reviews without committing; the report goes into the check run text and the summary says why', async () => {
    env = await startE2E();
    const pull = openPullRequest(env.sim, {
      repo: env.repo,
      branch: 'patch-1',
      changes: { 'app.py': VULNERABLE_APP },
      author: 'mallory',
      forkOwner: 'mallory',
    });
    const headSha = env.sim.state.headSha(pull);
    await sendPullRequest(env.sim, pull);
    await env.settle();

    expect(env.sim.state.headSha(pull)).toBe(headSha);
    expect(
      env.sim.requests.filter(
        (r) => r.operationId === 'repos/create-or-update-file-contents' || r.operationId?.startsWith('git/create'),
      ),
    ).toEqual([]);
    const run = await completedCheck(env.sim, pull);
    expect(run.conclusion).toBe('failure');
    expect(run.output.summary).toMatch(/fork/i);
    expect(run.output.text).toContain('subprocess-shell-true');
    expect(commentKeys(env)).toContain('subprocess-shell-true app.py:5');
    expectNoViolations(env);
  });
});

describe('/sentinel rescan', () => {
  async function reviewedPull(e: E2E) {
    const pull = openPullRequest(e.sim, {
      repo: e.repo,
      branch: 'feature',
      changes: { 'app.py': VULNERABLE_APP },
      author: 'wes',
    });
    await sendPullRequest(e.sim, pull);
    await e.settle();
    return pull;
  }

  it('by a writer: eyes, a new completed check on the head, then rocket', async () => {
    env = await startE2E();
    const pull = await reviewedPull(env);
    const head = env.sim.state.headSha(pull);
    const runsBefore = checkRunsOn(env.sim, head).length;

    const { comment, delivery } = await commentOnPullRequest(env.sim, pull, 'wes', '/sentinel rescan');
    expect(delivery.status).toBe(200);
    await env.settle();

    expect(comment.reactions.map((r) => r.content)).toEqual(['eyes', 'rocket']);
    // The rescan analyses the head it was asked on; refreshing the report may then move the head (carried-over check).
    const runs = checkRunsOn(env.sim, head);
    expect(runs.length).toBeGreaterThan(runsBefore);
    expect(runs.at(-1)).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect((await completedCheck(env.sim, pull)).conclusion).toBe('failure');
    // A rescan finds the same findings: nothing is commented twice.
    expect(new Set(commentKeys(env)).size).toBe(commentKeys(env).length);
    expectNoViolations(env);
  });

  it('by a reader: confused, and nothing else changes', async () => {
    env = await startE2E();
    const pull = await reviewedPull(env);
    const snapshot = () => ({
      head: env!.sim.state.headSha(pull),
      runs: env!.sim.state.checkRuns.length,
      reviews: env!.sim.state.reviews.length,
      comments: env!.sim.state.reviewComments.length,
      issueComments: env!.sim.state.issueComments.length,
    });
    const before = snapshot();

    const requestsBefore = env.sim.requests.length;
    const { comment } = await commentOnPullRequest(env.sim, pull, 'rita', '/sentinel rescan');
    await env.settle();

    // `eyes` on receipt is allowed; the answer must be `confused`, never `rocket`.
    expect(comment.reactions.at(-1)?.content).toBe('confused');
    expect(comment.reactions.map((r) => r.content)).not.toContain('rocket');
    expect(snapshot()).toEqual({ ...before, issueComments: before.issueComments + 1 });
    const writes = env.sim.requests
      .slice(requestsBefore)
      .filter((r) => r.method !== 'GET')
      .map((r) => r.operationId);
    expect(
      writes.every(
        (id) => id === 'reactions/create-for-issue-comment' || id === 'apps/create-installation-access-token',
      ),
    ).toBe(true);
    expectNoViolations(env);
  });
});
