// End to end: GitHub refusing one review comment, GitHub 500s, an invalid config, and a forged webhook signature.
import { afterEach, describe, expect, it } from 'vitest';
import { checkRunsOn, completedCheck, openPullRequest, sendPullRequest } from '../../tools/simulator/index.js';
import { pullRequestPayload } from '../../tools/simulator/webhook-payloads.js';
import { BASE_FILES, commentKeys, expectNoViolations, startE2E, VULNERABLE_APP, type E2E } from './support.js';

let env: E2E | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

function openVulnerablePull(e: E2E) {
  return openPullRequest(e.sim, {
    repo: e.repo,
    branch: 'feature',
    changes: { 'app.py': VULNERABLE_APP },
    author: 'wes',
  });
}

describe('GitHub errors', () => {
  it('a 422 on one comment: the others are posted, the dropped one is listed in the summary', async () => {
    env = await startE2E();
    env.sim.faults.rejectReviewCommentOn('app.py', 8);
    const pull = openVulnerablePull(env);
    await sendPullRequest(env.sim, pull);
    await env.settle();

    expect(commentKeys(env).sort()).toEqual(['subprocess-shell-true app.py:5']);
    const run = await completedCheck(env.sim, pull);
    expect(run.output.summary).toContain('`app.py:8`');
    expect(run.output.annotations.map((a) => a.start_line)).toContain(8);
    expect(env.sim.state.reviews.filter((r) => r.state === 'PENDING')).toEqual([]);
    expectNoViolations(env);
  });

  it('a 500 that GitHub recovers from is retried; the check completes normally', async () => {
    env = await startE2E();
    env.sim.faults.failNext('pulls/list-files', 500, 1);
    const pull = openVulnerablePull(env);
    await sendPullRequest(env.sim, pull);
    await env.settle();

    const statuses = env.sim.requests.filter((r) => r.operationId === 'pulls/list-files').map((r) => r.status);
    expect(statuses).toEqual([500, 200]);
    expect((await completedCheck(env.sim, pull)).conclusion).toBe('failure');
    expectNoViolations(env);
  });

  it('a 500 that persists during the run still leaves the check run completed', async () => {
    env = await startE2E();
    // Listing the files comes after the check run is created: GitHub keeps failing there, retries included.
    env.sim.faults.failNext('pulls/list-files', 500, 100);
    const pull = openVulnerablePull(env);
    const sha = env.sim.state.headSha(pull);
    await sendPullRequest(env.sim, pull);
    await env.settle();

    const runs = checkRunsOn(env.sim, sha);
    expect(runs.length).toBeGreaterThan(0);
    expect(runs.every((r) => r.status === 'completed')).toBe(true);
    expect(runs.at(-1)!.conclusion).toBe('failure');
    expectNoViolations(env);
  }, 60_000);

  it('a secondary rate limit on the review is waited out (retry-after) and the review still lands', async () => {
    env = await startE2E();
    env.sim.faults.rateLimitNext('pulls/create-review', 1);
    const pull = openVulnerablePull(env);
    await sendPullRequest(env.sim, pull);
    await env.settle();

    const reviews = env.sim.requests.filter((r) => r.operationId === 'pulls/create-review');
    expect(reviews.map((r) => r.status)).toEqual([403, 200]);
    expect(reviews[1]!.at - reviews[0]!.at).toBeGreaterThanOrEqual(900);
    expect(commentKeys(env)).toHaveLength(2);
    expect((await completedCheck(env.sim, pull)).conclusion).toBe('failure');
    expectNoViolations(env);
  });
});

describe('configuration and webhooks', () => {
  it('an invalid .github/sentinel.yml completes the check as neutral, naming the bad key', async () => {
    env = await startE2E({ ...BASE_FILES, '.github/sentinel.yml': 'failOn: sometimes\ncomments:\n  max: 5\n' });
    const pull = openVulnerablePull(env);
    await sendPullRequest(env.sim, pull);
    await env.settle();

    const run = await completedCheck(env.sim, pull);
    expect(run.conclusion).toBe('neutral');
    expect(`${run.output.title}\n${run.output.summary}`).toContain('failOn');
    expect(env.sim.state.reviewComments).toEqual([]);
    expectNoViolations(env);
  });

  it('a bad signature is rejected and nothing is done', async () => {
    env = await startE2E();
    const pull = openVulnerablePull(env);
    const payload = pullRequestPayload(env.sim.payloadContext, pull, 'opened', pull.user);
    const forged = await env.sim.deliver('pull_request', payload, { signature: `sha256=${'0'.repeat(64)}` });
    const unsigned = await env.sim.deliver('pull_request', payload, { signature: '' });
    await env.settle();

    expect(forged.status).toBeGreaterThanOrEqual(400);
    expect(unsigned.status).toBeGreaterThanOrEqual(400);
    expect(env.sim.requests).toEqual([]);
    expect(env.sim.state.checkRuns).toEqual([]);
  });

  it('does not analyse the same delivery twice', async () => {
    env = await startE2E();
    const pull = openVulnerablePull(env);
    const first = await sendPullRequest(env.sim, pull);
    await env.settle();
    const runs = env.sim.state.checkRuns.length;
    await env.sim.deliver('pull_request', pullRequestPayload(env.sim.payloadContext, pull, 'opened', pull.user), {
      deliveryId: first.id,
    });
    await env.settle();
    expect(env.sim.state.checkRuns.length).toBe(runs);
    expectNoViolations(env);
  });
});
