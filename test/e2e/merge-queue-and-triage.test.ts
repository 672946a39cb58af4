// End to end: merge queues get the required check on the merge group's head SHA; a change with nothing to review
// still gets a completed check with the reason; ledger entries on the default branch count until they expire,
// and an expired one brings the finding back and says so; the config's baseline leaves known findings out; and
// `codeScanning: upload` sends the SARIF for the reviewed commit.
import { afterEach, describe, expect, it } from 'vitest';
import {
  checkRunsOn,
  openPullRequest,
  queuePullRequest,
  sendPullRequest,
  type GitHubSimulator,
  type SimCheckRun,
} from '../../tools/simulator/index.js';
import { BASE_FILES, EVAL_APP, expectNoViolations, startE2E, type E2E } from './support.js';

let env: E2E | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

function completedOn(sim: GitHubSimulator, sha: string): SimCheckRun | undefined {
  return checkRunsOn(sim, sha)
    .filter((r) => r.status === 'completed')
    .at(-1);
}

/** The fingerprint of the eval finding, from the App's review comment on a first pull request. */
async function evalFingerprint(e: E2E): Promise<string> {
  const probe = openPullRequest(e.sim, {
    repo: e.repo,
    branch: 'probe',
    changes: { 'svc.py': EVAL_APP },
    author: 'wes',
  });
  await sendPullRequest(e.sim, probe);
  await e.settle();
  const body = e.sim.state.reviewComments.find((c) => c.body.includes('eval-computed-input'))!.body;
  return /sentinel:fp=([0-9a-f]+)/.exec(body)![1]!;
}

const entry = (fingerprint: string, until: string) =>
  [
    'version: 1',
    'ignore:',
    `  - fingerprint: ${fingerprint}`,
    '    rule: eval-computed-input',
    '    path: svc.py',
    '    kind: accepted-risk',
    '    reason: internal tool',
    '    by: wes',
    '    at: 2019-06-01',
    `    until: ${until}`,
    '',
  ].join('\n');

describe('merge queues', () => {
  it('a merge group gets a completed check on its head SHA, reviewing its diff against the base', async () => {
    env = await startE2E();
    const pull = openPullRequest(env.sim, {
      repo: env.repo,
      branch: 'feature',
      changes: { 'svc.py': EVAL_APP },
      author: 'wes',
    });
    const group = await queuePullRequest(env.sim, pull);
    expect(group.delivery.status).toBe(200);
    await env.settle();
    const run = completedOn(env.sim, group.headSha)!;
    expect(run.conclusion).toBe('failure');
    expect(run.output.summary).toContain('Merge group');
    expect(run.output.title).toMatch(/1 new security finding/);
    // Nothing is commented or committed for a merge group.
    expect(env.sim.state.reviewComments).toEqual([]);
    expect(
      env.sim.state.commits.get(
        env.sim.state
          .repo('acme/shop')!
          .branches.get(`gh-readonly-queue/main/pr-${pull.number}-${env.sim.state.headSha(pull)}`)!,
      )!.sha,
    ).toBe(group.headSha);
    expectNoViolations(env);
  });

  it('a pull request and a merge group without Python or manifest changes still get a completed, passing check', async () => {
    env = await startE2E();
    const pull = openPullRequest(env.sim, {
      repo: env.repo,
      branch: 'docs',
      changes: { 'README.md': '# shop\n\nMore docs.\n' },
      author: 'wes',
    });
    await sendPullRequest(env.sim, pull);
    await env.settle();
    const run = completedOn(env.sim, env.sim.state.headSha(pull))!;
    expect(run.conclusion).toBe('success');
    expect(run.output.title).toBe('Nothing to review');
    expect(run.output.summary).toContain('changes 1 file(s), and none of them is Python code');
    const group = await queuePullRequest(env.sim, pull);
    await env.settle();
    expect(completedOn(env.sim, group.headSha)).toMatchObject({
      conclusion: 'success',
      output: { title: 'Nothing to review' },
    });
    expectNoViolations(env);
  });
});

describe('the ledger and the baseline on the default branch', () => {
  it('an entry counts until it expires; an expired one brings the finding back and says so', async () => {
    env = await startE2E();
    const fingerprint = await evalFingerprint(env);
    const main = env.sim.state.repo('acme/shop')!;
    env.sim.state.commit(
      main,
      'main',
      { '.github/sentinel-ignore.yml': entry(fingerprint, '2099-01-01') },
      'Ledger',
      main.owner,
    );
    const active = openPullRequest(env.sim, {
      repo: env.repo,
      branch: 'active',
      changes: { 'svc.py': EVAL_APP },
      author: 'rita',
    });
    await sendPullRequest(env.sim, active);
    await env.settle();
    expect(completedOn(env.sim, env.sim.state.headSha(active))!.conclusion).toBe('success');

    env.sim.state.commit(
      main,
      'main',
      { '.github/sentinel-ignore.yml': entry(fingerprint, '2020-01-01') },
      'Ledger expires',
      main.owner,
    );
    const expired = openPullRequest(env.sim, {
      repo: env.repo,
      branch: 'expired',
      changes: { 'svc.py': EVAL_APP },
      author: 'rita',
    });
    await sendPullRequest(env.sim, expired);
    await env.settle();
    const run = completedOn(env.sim, env.sim.state.headSha(expired))!;
    expect(run.conclusion).toBe('failure');
    expect(run.output.summary).toContain('expired on 2020-01-01: the finding counts again');
    expectNoViolations(env);
  });

  it('the baseline named by the config leaves known findings out; a malformed ledger is reported', async () => {
    env = await startE2E();
    const fingerprint = await evalFingerprint(env);
    const main = env.sim.state.repo('acme/shop')!;
    env.sim.state.commit(
      main,
      'main',
      {
        '.github/sentinel.yml': 'baseline: .github/sentinel-baseline.json\n',
        '.github/sentinel-baseline.json': JSON.stringify({
          version: 1,
          findings: [{ fingerprint, rule: 'eval-computed-input', path: 'svc.py' }],
        }),
        '.github/sentinel-ignore.yml': 'version: 1\nignore: [{ fingerprint: 12 }]\n',
      },
      'Baseline',
      main.owner,
    );
    const pull = openPullRequest(env.sim, {
      repo: env.repo,
      branch: 'known',
      changes: { 'svc.py': EVAL_APP },
      author: 'rita',
    });
    await sendPullRequest(env.sim, pull);
    await env.settle();
    const run = completedOn(env.sim, env.sim.state.headSha(pull))!;
    expect(run.conclusion).toBe('success');
    expect(run.output.summary).toContain('1 finding(s) are in the baseline');
    expect(run.output.summary).toMatch(/sentinel-ignore\.yml.* is invalid/);
    expectNoViolations(env);
  });
});

describe('codeScanning: upload', () => {
  it('uploads the SARIF for the reviewed head; a refused upload is a note, not a failed review', async () => {
    env = await startE2E({ ...BASE_FILES, '.github/sentinel.yml': 'codeScanning: upload\n' });
    const pull = openPullRequest(env.sim, {
      repo: env.repo,
      branch: 'feature',
      changes: { 'svc.py': EVAL_APP },
      author: 'wes',
    });
    await sendPullRequest(env.sim, pull);
    await env.settle();
    const reviewed = env.sim.state.commits.get(env.sim.state.headSha(pull))!.parents[0]!; // below the report commit
    expect(env.sim.state.sarifUploads.map((u) => [u.commitSha, u.ref])).toEqual([
      [reviewed, `refs/pull/${pull.number}/head`],
    ]);
    const results = (env.sim.state.sarifUploads[0]!.sarif as { runs: { results: { ruleId: string }[] }[] }).runs[0]!
      .results;
    expect(results.map((r) => r.ruleId)).toContain('eval-computed-input');
    expect(completedOn(env.sim, reviewed)!.output.summary).toContain('uploaded to code scanning');

    env.sim.faults.failNext('code-scanning/upload-sarif', 403);
    const second = openPullRequest(env.sim, {
      repo: env.repo,
      branch: 'second',
      changes: { 'svc.py': EVAL_APP },
      author: 'wes',
    });
    await sendPullRequest(env.sim, second);
    await env.settle();
    const head = env.sim.state.commits.get(env.sim.state.headSha(second))!.parents[0]!;
    const run = completedOn(env.sim, head)!;
    expect(run.conclusion).toBe('failure'); // the finding's verdict, not an error
    expect(run.output.summary).toContain('security_events: write');
    expectNoViolations(env);
  });
});
