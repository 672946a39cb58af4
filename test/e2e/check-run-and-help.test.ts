// End to end: "Re-run" on the check run and its "Re-scan" button start a fresh check; `/sentinel help` answers.
import { afterEach, describe, expect, it } from 'vitest';
import {
  checkRunsOn,
  commentOnPullRequest,
  completedCheck,
  openPullRequest,
  requestCheckRun,
  sendPullRequest,
} from '../../tools/simulator/index.js';
import { expectNoViolations, startE2E, VULNERABLE_APP, type E2E } from './support.js';

let env: E2E | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

async function reviewed(e: E2E) {
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

describe('check run events', () => {
  it('check_run.rerequested and the Re-scan button each complete a new check run', async () => {
    env = await startE2E();
    const pull = await reviewed(env);
    const runs = env.sim.state.checkRuns;
    const latest = checkRunsOn(env.sim, env.sim.state.headSha(pull)).at(-1)!;
    expect(latest.actions.map((a) => a.label)).toContain('Re-scan');

    const beforeRerun = runs.length;
    await requestCheckRun(env.sim, latest, 'wes');
    await env.settle();
    // A rescan may refresh the committed report (a new head with a carried-over check): at least one new run.
    expect(runs.length).toBeGreaterThan(beforeRerun);

    const beforeButton = runs.length;
    await requestCheckRun(env.sim, runs.at(-1)!, 'wes', latest.actions[0]!.identifier);
    await env.settle();
    expect(runs.length).toBeGreaterThan(beforeButton);
    expect(runs.every((r) => r.status === 'completed' && r.conclusion === 'failure')).toBe(true);
    expect((await completedCheck(env.sim, pull)).conclusion).toBe('failure');
    expectNoViolations(env);
  });

  it('ignores a requested action it does not know', async () => {
    env = await startE2E();
    const pull = await reviewed(env);
    const runs = env.sim.state.checkRuns.length;
    await requestCheckRun(env.sim, checkRunsOn(env.sim, env.sim.state.headSha(pull)).at(-1)!, 'wes', 'unknown-button');
    await env.settle();
    expect(env.sim.state.checkRuns.length).toBe(runs);
  });
});

describe('/sentinel help', () => {
  it('answers a writer with the commands in a PR comment', async () => {
    env = await startE2E();
    const pull = openPullRequest(env.sim, {
      repo: env.repo,
      branch: 'feature',
      changes: { 'app.py': VULNERABLE_APP },
      author: 'wes',
    });
    await commentOnPullRequest(env.sim, pull, 'wes', '/sentinel help');
    await env.settle();
    const answer = env.sim.state.issueComments.find((c) => c.user.type === 'Bot');
    expect(answer?.body).toContain('/sentinel rescan');
    expect(env.sim.state.checkRuns).toEqual([]);
    expectNoViolations(env);
  });

  it('does not answer a reader (rita), so nobody can make the App post at will', async () => {
    env = await startE2E();
    const pull = openPullRequest(env.sim, {
      repo: env.repo,
      branch: 'feature',
      changes: { 'app.py': VULNERABLE_APP },
      author: 'wes',
    });
    await commentOnPullRequest(env.sim, pull, 'rita', '/sentinel help');
    await env.settle();
    expect(env.sim.state.issueComments.filter((c) => c.user.type === 'Bot')).toEqual([]);
    expectNoViolations(env);
  });
});
