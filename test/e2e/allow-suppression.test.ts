// End to end: a pull request silences its own high finding with a suppression it adds. The check fails and lists
// it; a reader's `/sentinel allow` is refused; a writer's is recorded by the App and turns the check green, and
// the approval survives a rescan.
import { afterEach, describe, expect, it } from 'vitest';
import {
  checkRunsOn,
  commentOnPullRequest,
  openPullRequest,
  sendPullRequest,
  type GitHubSimulator,
  type SimCheckRun,
  type SimPullRequest,
} from '../../tools/simulator/index.js';
import { expectNoViolations, startE2E, type E2E } from './support.js';

let env: E2E | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

// Request data into a shell: a data-flow finding (counted under the default profile), silenced on the line it adds.
const SILENCED = [
  'import subprocess',
  'from flask import Flask, request',
  '',
  'app = Flask(__name__)',
  '',
  '@app.route("/archive")',
  'def archive():',
  '    subprocess.run("tar czf backup.tgz " + request.args["name"], shell=True)  # sentinel: ignore -- reviewed',
  '',
].join('\n');

/** The newest completed check on the pull request's current head. */
function latestCheck(sim: GitHubSimulator, pull: SimPullRequest): SimCheckRun | undefined {
  return checkRunsOn(sim, sim.state.headSha(pull))
    .filter((r) => r.status === 'completed')
    .at(-1);
}

const appComments = (e: E2E) => e.sim.state.issueComments.filter((c) => c.user.type === 'Bot');

describe('/sentinel allow', () => {
  it("a reader cannot approve; a writer's approval turns the check green and survives a rescan", async () => {
    env = await startE2E();
    const pull = openPullRequest(env.sim, {
      repo: env.repo,
      branch: 'feature',
      changes: { 'svc.py': SILENCED },
      author: 'rita',
    });
    await sendPullRequest(env.sim, pull);
    await env.settle();
    const first = latestCheck(env.sim, pull)!;
    expect(first.conclusion).toBe('failure');
    expect(first.output.summary).toContain('New suppression by the PR, needs review');
    const fingerprint = /sentinel allow ([0-9a-f]{8,64}) -- reason/.exec(first.output.summary ?? '')?.[1];
    expect(fingerprint).toBeDefined();

    const byReader = await commentOnPullRequest(
      env.sim,
      pull,
      'rita',
      `/sentinel allow ${fingerprint} -- my own code, trust me`,
    );
    await env.settle();
    expect(byReader.comment.reactions.map((r) => r.content)).toEqual(['eyes', 'confused']);
    expect(appComments(env)).toEqual([]);
    expect(latestCheck(env.sim, pull)!.conclusion).toBe('failure');

    const byWriter = await commentOnPullRequest(
      env.sim,
      pull,
      'wes',
      `/sentinel allow ${fingerprint} -- name comes from our own job list <b>@team</b>`,
    );
    await env.settle();
    expect(byWriter.comment.reactions.map((r) => r.content)).toEqual(['eyes', 'rocket']);
    const [recorded] = appComments(env);
    expect(recorded!.body).toContain(`<!-- sentinel:allow=${fingerprint} by=wes -->`);
    // The reason is inert text: no HTML, no live mention.
    expect(recorded!.body).not.toContain('<b>');
    expect(recorded!.body).not.toMatch(/@team/);
    const approved = latestCheck(env.sim, pull)!;
    expect(approved.conclusion).toBe('success');
    expect(approved.output.summary).toContain('approved by `wes`');

    await commentOnPullRequest(env.sim, pull, 'wes', '/sentinel rescan');
    await env.settle();
    expect(latestCheck(env.sim, pull)!.conclusion).toBe('success');
    expectNoViolations(env);
  });
});
