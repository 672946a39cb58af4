// End to end: a pull request with vulnerable and clean files is reviewed, the report is committed, the App's own
// commit does not loop, and a second push comments only the new finding.
import { afterEach, describe, expect, it } from 'vitest';
import {
  checkRunsOn,
  completedCheck,
  openPullRequest,
  pushToPullRequest,
  sendPullRequest,
} from '../../tools/simulator/index.js';
import {
  auditNotesOf,
  CLEAN_MODULE,
  commentKeys,
  committedReport,
  expectNoViolations,
  PATTERN_ONLY_MODULE,
  startE2E,
  VULNERABLE_APP,
  type E2E,
} from './support.js';

let env: E2E | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

describe('pull request review', () => {
  it('comments the vulnerable lines, fails the check with annotations and commits the report', async () => {
    env = await startE2E();
    const pull = openPullRequest(env.sim, {
      repo: env.repo,
      branch: 'feature',
      changes: { 'app.py': VULNERABLE_APP, 'util/clean.py': CLEAN_MODULE },
      author: 'wes',
    });
    const reviewedSha = env.sim.state.headSha(pull);
    const delivery = await sendPullRequest(env.sim, pull);
    expect(delivery.status).toBe(200);
    await env.settle();

    // Request data reaches both sinks: critical findings, commented; `import subprocess` alone is not commented.
    expect(commentKeys(env).sort()).toEqual(['eval-computed-input app.py:8', 'subprocess-shell-true app.py:5']);
    const bodies = env.sim.state.reviewComments.map((c) => c.body);
    for (const body of bodies) expect(body).toMatch(/<!-- sentinel:fp=[^>]+-->/);
    expect(env.sim.state.reviews.filter((r) => r.state === 'COMMENTED')).toHaveLength(1);

    const [run] = checkRunsOn(env.sim, reviewedSha);
    expect(run).toMatchObject({ name: 'SentinelPy', status: 'completed', conclusion: 'failure' });
    expect(run!.output.title).toBe('2 new security findings: 2 critical');
    expect(run!.output.summary).toContain('subprocess-shell-true');
    expect(run!.output.annotations.map((a) => `${a.path}:${a.start_line}`).sort()).toEqual(['app.py:5', 'app.py:8']);
    expect(run!.output.annotations.some((a) => a.path === 'util/clean.py')).toBe(false);

    const head = env.sim.state.commits.get(env.sim.state.headSha(pull))!;
    const report = committedReport(env, pull);
    expect(report).toContain('subprocess-shell-true');
    expect(auditNotesOf(report!)).toContain('| `app.py:2` | `subprocess-module-import` |');
    expect(head.author.type).toBe('Bot');
    expectNoViolations(env);
  });

  it('guards the report-commit loop: the new head gets a completed check with the same conclusion, no new analysis', async () => {
    env = await startE2E();
    const pull = openPullRequest(env.sim, {
      repo: env.repo,
      branch: 'feature',
      changes: { 'app.py': VULNERABLE_APP },
      author: 'wes',
    });
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
    const pull = openPullRequest(env.sim, {
      repo: env.repo,
      branch: 'feature',
      changes: { 'app.py': VULNERABLE_APP },
      author: 'wes',
    });
    await sendPullRequest(env.sim, pull);
    await env.settle();
    const firstRound = commentKeys(env).sort();

    const moved = `"""Shop helpers."""\n\n${VULNERABLE_APP}\ndef load():\n    import pickle\n    return pickle.loads(request.data)\n`;
    const delivery = await pushToPullRequest(env.sim, pull, { 'app.py': moved }, 'Add loader');
    expect(delivery.status).toBe(200);
    await env.settle();

    const added = commentKeys(env).filter((key) => !firstRound.includes(key));
    expect(firstRound).toHaveLength(2);
    // The new code: `pickle.loads` of request data (line 17); nothing above is posted again, and `import pickle`
    // (line 16) is an audit note in the refreshed report, not a comment.
    expect(added).toEqual([expect.stringMatching(/^pickle\S* app\.py:17$/)]);
    expect(auditNotesOf(committedReport(env, pull)!)).toMatch(/\| `app\.py:16` \| `pickle\S*` \|/);
    const fingerprints = env.sim.state.reviewComments.map((c) => /sentinel:fp=([^ >]+)/.exec(c.body)?.[1]);
    expect(new Set(fingerprints).size).toBe(fingerprints.length);
    const finalCheck = await completedCheck(env.sim, pull);
    expect(finalCheck.conclusion).toBe('failure');
    expectNoViolations(env);
  });

  it('skips a draft pull request, then reviews it when it is marked ready for review', async () => {
    env = await startE2E();
    const pull = openPullRequest(env.sim, {
      repo: env.repo,
      branch: 'feature',
      changes: { 'app.py': VULNERABLE_APP },
      author: 'wes',
      draft: true,
    });
    await sendPullRequest(env.sim, pull);
    await env.settle();
    expect(env.sim.state.checkRuns).toEqual([]);

    pull.draft = false;
    await sendPullRequest(env.sim, pull, 'ready_for_review');
    await env.settle();
    expect((await completedCheck(env.sim, pull)).conclusion).toBe('failure');
    expect(commentKeys(env)).toHaveLength(2);
    expectNoViolations(env);
  });

  it('a pull request with only pattern code: no line comment, a success check, the note listed under Audit Notes', async () => {
    env = await startE2E();
    const pull = openPullRequest(env.sim, {
      repo: env.repo,
      branch: 'feature',
      changes: { 'lib/shell.py': PATTERN_ONLY_MODULE },
      author: 'wes',
    });
    const reviewedSha = env.sim.state.headSha(pull);
    await sendPullRequest(env.sim, pull);
    await env.settle();

    // `run(cmd)` is a library function: nothing shows that untrusted data reaches `cmd`.
    expect(env.sim.state.reviewComments).toEqual([]);
    const [run] = checkRunsOn(env.sim, reviewedSha);
    expect(run).toMatchObject({ status: 'completed', conclusion: 'success' });
    expect(run!.output.annotations).toEqual([]);
    const notes = auditNotesOf(committedReport(env, pull)!);
    expect(notes).toMatch(/^## Audit Notes/);
    expect(notes).toContain('| `lib/shell.py:5` | `subprocess-shell-true` |');
    expect(notes).toContain('| `lib/shell.py:1` | `subprocess-module-import` |');
    expectNoViolations(env);
  });
});
