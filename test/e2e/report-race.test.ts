// End to end: the author pushes while a review is still running (the simulator holds one of the App's requests
// open — a slow review — while the push lands and its synchronize is delivered). The reviewed commit's report must
// not be committed on top of the new push, no commit that was not analysed may get a green check, and the new
// head gets its own review.
import { afterEach, describe, expect, it } from 'vitest';
import {
  checkRunsOn,
  completedCheck,
  openPullRequest,
  pushToPullRequest,
  sendPullRequest,
  type Delivery,
  type SimPullRequest,
} from '../../tools/simulator/index.js';
import { CLEAN_MODULE, expectNoViolations, startE2E, VULNERABLE_APP, type E2E } from './support.js';

let env: E2E | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

const INJECTION = [
  'import os',
  'from flask import Flask, request',
  '',
  'app = Flask(__name__)',
  '',
  '@app.route("/run")',
  'def run():',
  '    return str(os.system(request.args["h"]))',
  '',
].join('\n');

const REPORT = /(^|\/)python_security_review_\d{8}\.(md|cdx\.json)$/;

/**
 * Holds the App's next request to `operationId` until the author's push has landed and its synchronize has been
 * answered by the App (queued behind the running review): a review that is slow exactly there.
 */
function pushDuringReview(
  e: E2E,
  pull: SimPullRequest,
  operationId: string,
  changes: Record<string, string>,
): () => Promise<Delivery> {
  let pushed: Promise<Delivery> | undefined;
  e.sim.faults.beforeNext(operationId, async () => {
    pushed = pushToPullRequest(e.sim, pull, changes, 'Push while the review runs');
    await pushed;
  });
  return async () => e.sim.waitFor(() => pushed, 60_000, `the push at ${operationId}`).then((p) => p);
}

/** Every green check is on an analysed commit, or on a report-only child of one (a carried-over result). */
function expectGreenOnlyOnAnalysed(e: E2E, analysed: ReadonlySet<string>): void {
  for (const run of e.sim.state.checkRuns.filter((r) => r.conclusion === 'success')) {
    if (analysed.has(run.headSha)) continue;
    const commit = e.sim.state.commits.get(run.headSha)!;
    const parent = e.sim.state.commits.get(commit.parents[0] ?? '')!;
    expect(commit.parents, `green check on ${run.headSha.slice(0, 7)}, which was not analysed`).toHaveLength(1);
    expect(analysed.has(parent.sha), `green check on ${run.headSha.slice(0, 7)}: its parent was not analysed`).toBe(
      true,
    );
    const changed = [...new Set([...commit.files.keys(), ...parent.files.keys()])].filter(
      (p) => commit.files.get(p) !== parent.files.get(p),
    );
    expect(
      changed.every((p) => REPORT.test(p)),
      `green check on ${run.headSha.slice(0, 7)}: it changes ${changed.join(', ')}`,
    ).toBe(true);
  }
}

/** Commits on the head branch, newest first (first parents). */
function history(e: E2E, pull: SimPullRequest): string[] {
  const out: string[] = [];
  for (
    let at = e.sim.state.commits.get(e.sim.state.headSha(pull));
    at && at.sha !== pull.baseSha;
    at = e.sim.state.commits.get(at.parents[0] ?? '')
  )
    out.push(at.sha);
  return out;
}

describe('a push during the review', () => {
  it('after the analysis: the report is not committed on the new push, which gets its own review and no inherited green', async () => {
    env = await startE2E();
    const pull = openPullRequest(env.sim, {
      repo: env.repo,
      branch: 'feature',
      changes: { 'util/clean.py': CLEAN_MODULE },
      author: 'wes',
    });
    const reviewed = env.sim.state.headSha(pull);
    // The review has analysed `reviewed` and is about to comment and commit its report when the push lands.
    const landed = pushDuringReview(env, pull, 'pulls/list-review-comments', { 'app.py': INJECTION });
    await sendPullRequest(env.sim, pull);
    expect((await landed()).status).toBe(200);
    await env.settle();

    const pushed = history(env, pull).find((sha) => env!.sim.state.commits.get(sha)!.author.type === 'User')!;
    expect(pushed).not.toBe(reviewed);
    // The invariant first: no green check on a commit that was not analysed, and the head is not green.
    expectGreenOnlyOnAnalysed(env, new Set([reviewed]));
    expect((await completedCheck(env.sim, pull)).conclusion).toBe('failure');
    // The push supersedes the running review at its next GitHub call: neutral, "superseded by <sha>", nothing posted.
    const first = checkRunsOn(env.sim, reviewed).find((r) => r.status === 'completed')!;
    expect(first.conclusion).toBe('neutral');
    expect(first.output.title).toBe(`Superseded by ${pushed.slice(0, 7)}`);
    expect(env.sim.state.reviews.filter((r) => r.commitId === reviewed)).toEqual([]);

    // The reviewed commit's report never reached the branch: no bot commit sits directly on `reviewed`.
    const onReviewed = [...env.sim.state.commits.values()].filter(
      (c) => c.parents[0] === reviewed && c.author.type === 'Bot',
    );
    expect(onReviewed.every((c) => !history(env!, pull).includes(c.sha))).toBe(true);

    // The new push was analysed on its own: a failing check with the injection, and the head (its report) fails too.
    const own = checkRunsOn(env.sim, pushed).find((r) => r.status === 'completed')!;
    expect(own.conclusion).toBe('failure');
    expect(own.output.annotations.some((a) => a.path === 'app.py' && a.start_line === 8)).toBe(true);
    const head = await completedCheck(env.sim, pull);
    expect(head.conclusion).toBe('failure');
    expectGreenOnlyOnAnalysed(env, new Set([reviewed]));
    expectNoViolations(env);
  });

  it('before the files are read: the reviewed commit is read as listed for it (no 404 failure), the new head reviewed on its own', async () => {
    env = await startE2E();
    const pull = openPullRequest(env.sim, {
      repo: env.repo,
      branch: 'feature',
      changes: { 'util/clean.py': CLEAN_MODULE },
      author: 'wes',
    });
    const reviewed = env.sim.state.headSha(pull);
    // pulls.listFiles answers for the new head, which adds a file the reviewed commit does not have.
    const landed = pushDuringReview(env, pull, 'pulls/list-files', {
      'app.py': VULNERABLE_APP,
      'shell/run.py': INJECTION,
    });
    await sendPullRequest(env.sim, pull);
    expect((await landed()).status).toBe(200);
    await env.settle();

    const first = checkRunsOn(env.sim, reviewed).find((r) => r.status === 'completed')!;
    const pushed = history(env, pull).find((sha) => env!.sim.state.commits.get(sha)!.author.type === 'User')!;
    expect(first.output.title).not.toMatch(/could not complete/);
    expect(first.conclusion).toBe('neutral');
    expect(first.output.title).toBe(`Superseded by ${pushed.slice(0, 7)}`);
    const own = checkRunsOn(env.sim, pushed).find((r) => r.status === 'completed')!;
    expect(own.conclusion).toBe('failure');
    expect(own.output.annotations.map((a) => a.path)).toContain('shell/run.py');
    expect((await completedCheck(env.sim, pull)).conclusion).toBe('failure');
    expectGreenOnlyOnAnalysed(env, new Set([reviewed]));
    // (Other 404s are import probes for context modules, which are allowed to miss.)
    const missing = env.sim.requests
      .filter((r) => r.operationId === 'repos/get-content' && r.status === 404)
      .map((r) => r.path);
    expect(missing.filter((p) => /contents\/(app\.py|shell%2Frun\.py|util%2Fclean\.py)$/.test(p))).toEqual([]);
    expectNoViolations(env);
  });
});
