// End to end: a pull request with vulnerable and clean files is reviewed, the report is committed, the App's own
// commit does not loop, and a second push comments only the new finding.
import { afterEach, describe, expect, it } from 'vitest';
import {
  checkRunsOn, completedCheck, openPullRequest, pushToPullRequest, sendPullRequest,
} from '../../src/simulator/index.js';
import { CLEAN_MODULE, commentKeys, expectNoViolations, startE2E, VULNERABLE_APP, type E2E } from './support.js';

let env: E2E | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

describe('pull request review', () => {
  it('comments the vulnerable lines, fails the check with annotations and commits the report', async () => {
    env = await startE2E();
    const pull = openPullRequest(env.sim, { repo: env.repo, branch: 'feature', changes: { 'app.py': VULNERABLE_APP, 'util/clean.py': CLEAN_MODULE }, author: 'wes' });
    const reviewedSha = env.sim.state.headSha(pull);
    const delivery = await sendPullRequest(env.sim, pull);
    expect(delivery.status).toBe(200);
    await env.settle();

    expect(commentKeys(env).sort()).toEqual(['eval-computed-input app.py:8', 'subprocess-module-import app.py:2', 'subprocess-shell-true app.py:5']);
    const bodies = env.sim.state.reviewComments.map((c) => c.body);
    for (const body of bodies) expect(body).toMatch(/<!-- sentinel:fp=[^>]+-->/);
    expect(env.sim.state.reviews.filter((r) => r.state === 'COMMENTED')).toHaveLength(1);

    const [run] = checkRunsOn(env.sim, reviewedSha);
    expect(run).toMatchObject({ name: 'SentinelPy', status: 'completed', conclusion: 'failure' });
    expect(run!.output.title).toMatch(/3 new security findings/);
    expect(run!.output.summary).toContain('subprocess-shell-true');
    expect(run!.output.annotations.map((a) => `${a.path}:${a.start_line}`).sort()).toEqual(['app.py:2', 'app.py:5', 'app.py:8']);
    expect(run!.output.annotations.some((a) => a.path === 'util/clean.py')).toBe(false);

    const head = env.sim.state.commits.get(env.sim.state.headSha(pull))!;
    const report = [...head.files].find(([path]) => /^python_security_review_\d{8}\.md$/.test(path));
    expect(report?.[1]).toContain('subprocess-shell-true');
    expect(head.author.type).toBe('Bot');
    expectNoViolations(env);
  });

  it('guards the report-commit loop: the new head gets a completed check with the same conclusion, no new analysis', async () => {
    env = await startE2E();
    const pull = openPullRequest(env.sim, { repo: env.repo, branch: 'feature', changes: { 'app.py': VULNERABLE_APP }, author: 'wes' });
    const firstSha = env.sim.state.headSha(pull);
    await sendPullRequest(env.sim, pull);
    await env.settle();

    const reportSha = env.sim.state.headSha(pull);
    expect(reportSha).not.toBe(firstSha);
    const sync = env.sim.deliveries.filter((d) => d.event === 'pull_request' && d.action === 'synchronize');
    expect(sync).toHaveLength(1);
    const carried = await completedCheck(env.sim, pull);
    expect(carried.conclusion).toBe(checkRunsOn(env.sim, firstSha)[0]!.conclusion);
    // One analysis: one review, one ref update, no second round of file reads for the report commit.
    const updates = env.sim.requests.filter((r) => r.operationId === 'git/update-ref');
    expect(updates).toHaveLength(1);
    expect(env.sim.state.commits.get(reportSha)!.parents).toEqual([firstSha]);
    expect(env.sim.requests.filter((r) => r.operationId === 'pulls/list-files')).toHaveLength(1);
    expect(env.sim.state.reviews).toHaveLength(1);
    expectNoViolations(env);
  });

  it('on a second push comments only the new finding, even though the old ones moved down', async () => {
    env = await startE2E();
    const pull = openPullRequest(env.sim, { repo: env.repo, branch: 'feature', changes: { 'app.py': VULNERABLE_APP }, author: 'wes' });
    await sendPullRequest(env.sim, pull);
    await env.settle();
    const firstRound = commentKeys(env).sort();

    const moved = `"""Shop helpers."""\n\n${VULNERABLE_APP}\ndef load(blob):\n    import pickle\n    return pickle.loads(blob)\n`;
    const delivery = await pushToPullRequest(env.sim, pull, { 'app.py': moved }, 'Add loader');
    expect(delivery.status).toBe(200);
    await env.settle();

    const added = commentKeys(env).filter((key) => !firstRound.includes(key));
    expect(firstRound).toHaveLength(3);
    // The new code: `import pickle` (line 16, low) and `pickle.loads` (line 17); nothing above is posted again.
    expect(added).toHaveLength(2);
    expect(added).toEqual(expect.arrayContaining([expect.stringMatching(/^pickle\S* app\.py:17$/), expect.stringMatching(/^pickle\S* app\.py:16$/)]));
    const fingerprints = env.sim.state.reviewComments.map((c) => /sentinel:fp=([^ >]+)/.exec(c.body)?.[1]);
    expect(new Set(fingerprints).size).toBe(fingerprints.length);
    const finalCheck = await completedCheck(env.sim, pull);
    expect(finalCheck.conclusion).toBe('failure');
    expectNoViolations(env);
  });

  it('skips a draft pull request, then reviews it when it is marked ready for review', async () => {
    env = await startE2E();
    const pull = openPullRequest(env.sim, { repo: env.repo, branch: 'feature', changes: { 'app.py': VULNERABLE_APP }, author: 'wes', draft: true });
    await sendPullRequest(env.sim, pull);
    await env.settle();
    expect(env.sim.state.checkRuns).toEqual([]);

    pull.draft = false;
    await sendPullRequest(env.sim, pull, 'ready_for_review');
    await env.settle();
    expect((await completedCheck(env.sim, pull)).conclusion).toBe('failure');
    expect(commentKeys(env)).toHaveLength(3);
    expectNoViolations(env);
  });
});
