// The simulator's Git Data API behaves like GitHub's where the report commit depends on it: a tree on a base tree,
// a commit with an explicit parent, and a ref update that without `force` must be a fast-forward (else 422).
import type { Octokit } from '@octokit/rest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addRepository,
  openPullRequest,
  type GitHubSimulator,
  type SimPullRequest,
} from '../../tools/simulator/index.js';
import { installationOctokit, startSimulator } from './helpers.js';

let sim: GitHubSimulator;
let octokit: Octokit;
let pull: SimPullRequest;
const repo = { owner: 'acme', repo: 'shop' };

beforeAll(async () => {
  const started = await startSimulator();
  sim = started.sim;
  const seeded = addRepository(sim, { owner: 'acme', name: 'shop', files: { 'app.py': 'x = 1\n' } });
  pull = openPullRequest(sim, { repo: seeded, branch: 'feature/one', changes: { 'app.py': 'x = 2\n' }, author: 'wes' });
  octokit = await installationOctokit(sim, started.keys.privateKey);
});

afterAll(async () => {
  await sim.close();
});

/** blob → tree on the parent's tree → commit with that parent; the ref is not touched. */
async function reportCommitOn(
  parent: string,
  content: string,
): Promise<{ sha: string; tree: string; baseTree: string }> {
  const { data: base } = await octokit.rest.git.getCommit({ ...repo, commit_sha: parent });
  const { data: blob } = await octokit.rest.git.createBlob({
    ...repo,
    content: Buffer.from(content).toString('base64'),
    encoding: 'base64',
  });
  const { data: tree } = await octokit.rest.git.createTree({
    ...repo,
    base_tree: base.tree.sha,
    tree: [{ path: 'python_security_review_20260101.md', mode: '100644', type: 'blob', sha: blob.sha }],
  });
  const { data: commit } = await octokit.rest.git.createCommit({
    ...repo,
    message: 'report',
    tree: tree.sha,
    parents: [parent],
  });
  expect(commit.parents.map((p) => p.sha)).toEqual([parent]);
  return { sha: commit.sha, tree: tree.sha, baseTree: base.tree.sha };
}

describe('git data', () => {
  it("builds a commit on the parent's tree and fast-forwards the branch to it", async () => {
    const head = sim.state.headSha(pull);
    const made = await reportCommitOn(head, '# report\n');
    expect(made.tree).not.toBe(made.baseTree);
    expect((await octokit.rest.git.getRef({ ...repo, ref: 'heads/feature/one' })).data.object.sha).toBe(head);
    await octokit.rest.git.updateRef({ ...repo, ref: 'heads/feature/one', sha: made.sha, force: false });
    expect(sim.state.headSha(pull)).toBe(made.sha);
    const files = sim.state.commits.get(made.sha)!.files;
    expect([...files.keys()].sort()).toEqual(['app.py', 'python_security_review_20260101.md']);
    expect(files.get('app.py')).toBe('x = 2\n');
  });

  it('gives the same tree SHA when nothing changes', async () => {
    const head = sim.state.headSha(pull);
    const { data: base } = await octokit.rest.git.getCommit({ ...repo, commit_sha: head });
    const { data: tree } = await octokit.rest.git.createTree({
      ...repo,
      base_tree: base.tree.sha,
      tree: [{ path: 'app.py', mode: '100644', type: 'blob', content: 'x = 2\n' }],
    });
    expect(tree.sha).toBe(base.tree.sha);
  });

  it('refuses a non-forced update that is not a fast-forward (the branch moved), with 422', async () => {
    const reviewed = sim.state.headSha(pull);
    const made = await reportCommitOn(reviewed, '# report 2\n');
    sim.state.commit(
      sim.state.repo('acme/shop')!,
      'feature/one',
      { 'app.py': 'import os\nos.system(input())\n' },
      'Author pushes',
      pull.user,
    );
    const moved = sim.state.headSha(pull);
    await expect(
      octokit.rest.git.updateRef({ ...repo, ref: 'heads/feature/one', sha: made.sha, force: false }),
    ).rejects.toMatchObject({ status: 422 });
    expect(sim.state.headSha(pull)).toBe(moved);
    await octokit.rest.git.updateRef({ ...repo, ref: 'heads/feature/one', sha: made.sha, force: true });
    expect(sim.state.headSha(pull)).toBe(made.sha);
  });

  it('answers 422 for a missing branch and records no violations', async () => {
    const head = sim.state.headSha(pull);
    await expect(
      octokit.rest.git.updateRef({ ...repo, ref: 'heads/gone', sha: head, force: false }),
    ).rejects.toMatchObject({ status: 422 });
    expect(sim.violations).toEqual([]);
    expect(sim.unimplemented).toEqual([]);
  });
});
