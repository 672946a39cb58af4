// Seeding and driving the simulator like people on GitHub would: create a repository, open a pull request
// (optionally from a fork), push to it, comment on it, re-request a check run. Each action sends its webhook.
import { createHash } from 'node:crypto';
import type { GitHubSimulator } from './simulator.js';
import type {
  Permission,
  SimCheckRun,
  SimIssueComment,
  SimPullRequest,
  SimRepo,
  SimReviewComment,
  SimUser,
} from './state.js';
import type { Delivery } from './webhook-delivery.js';
import {
  checkRunPayload,
  issueCommentPayload,
  mergeGroupPayload,
  pullRequestPayload,
  reviewCommentPayload,
} from './webhook-payloads.js';

/** A stable user for a login (same id every time). */
export function userFor(login: string, type: SimUser['type'] = 'User'): SimUser {
  return { login, id: 100_000 + (createHash('sha1').update(login).digest().readUInt32BE(0) % 1_000_000), type };
}

export interface RepositorySeed {
  owner: string;
  name: string;
  /** Files of the default branch's first commit. */
  files: Record<string, string>;
  defaultBranch?: string;
  installationId?: number;
  collaborators?: Record<string, Permission>;
  private?: boolean;
}

export function addRepository(sim: GitHubSimulator, seed: RepositorySeed): SimRepo {
  const owner = userFor(seed.owner);
  const repo: SimRepo = {
    id: sim.state.newId(),
    owner,
    name: seed.name,
    fullName: `${seed.owner}/${seed.name}`,
    defaultBranch: seed.defaultBranch ?? 'main',
    private: seed.private ?? false,
    fork: false,
    installationId: seed.installationId ?? 1,
    branches: new Map(),
    collaborators: new Map(
      Object.entries({ [seed.owner]: 'admin' as Permission, ...seed.collaborators }).map(([k, v]) => [
        k.toLowerCase(),
        v,
      ]),
    ),
  };
  sim.state.repos.set(repo.fullName.toLowerCase(), repo);
  sim.state.commit(repo, repo.defaultBranch, seed.files, 'Initial commit', owner);
  return repo;
}

export interface PullRequestSeed {
  repo: SimRepo;
  /** Head branch name. */
  branch: string;
  /** Files changed by the pull request's commit (null deletes). */
  changes: Record<string, string | null>;
  author: string;
  title?: string;
  draft?: boolean;
  /** Open it from a fork owned by this user (the App cannot push there). */
  forkOwner?: string;
}

/** Creates the head branch with one commit and the pull request (no webhook: call `sendPullRequest`). */
export function openPullRequest(sim: GitHubSimulator, seed: PullRequestSeed): SimPullRequest {
  const { repo } = seed;
  const baseSha = repo.branches.get(repo.defaultBranch)!;
  const headRepo = seed.forkOwner ? forkOf(sim, repo, seed.forkOwner) : repo;
  headRepo.branches.set(seed.branch, baseSha);
  sim.state.commit(headRepo, seed.branch, seed.changes, seed.title ?? 'Change', userFor(seed.author));
  const number = sim.state.pulls.filter((p) => p.baseRepo === repo.fullName).length + 1;
  const pull: SimPullRequest = {
    id: sim.state.newId(),
    number,
    baseRepo: repo.fullName,
    headRepo: headRepo.fullName,
    baseRef: repo.defaultBranch,
    headRef: seed.branch,
    baseSha,
    title: seed.title ?? `Pull request ${number}`,
    body: '',
    user: userFor(seed.author),
    draft: seed.draft ?? false,
    state: 'open',
    createdAt: new Date().toISOString(),
  };
  sim.state.pulls.push(pull);
  return pull;
}

function forkOf(sim: GitHubSimulator, repo: SimRepo, owner: string): SimRepo {
  const fork: SimRepo = {
    ...repo,
    id: sim.state.newId(),
    owner: userFor(owner),
    fullName: `${owner}/${repo.name}`,
    fork: true,
    installationId: -1,
    branches: new Map(repo.branches),
    collaborators: new Map([[owner.toLowerCase(), 'admin']]),
  };
  sim.state.repos.set(fork.fullName.toLowerCase(), fork);
  return fork;
}

export function sendPullRequest(
  sim: GitHubSimulator,
  pull: SimPullRequest,
  action = 'opened',
  sender = pull.user.login,
): Promise<Delivery> {
  return sim.deliver('pull_request', pullRequestPayload(sim.payloadContext, pull, action, userFor(sender)));
}

/** A new commit on the pull request's head branch, then `pull_request.synchronize` from its author. */
export function pushToPullRequest(
  sim: GitHubSimulator,
  pull: SimPullRequest,
  changes: Record<string, string | null>,
  message = 'Update',
): Promise<Delivery> {
  const before = sim.state.headSha(pull);
  sim.state.commit(sim.state.repo(pull.headRepo)!, pull.headRef, changes, message, pull.user);
  return sim.deliver('pull_request', pullRequestPayload(sim.payloadContext, pull, 'synchronize', pull.user, before));
}

/** A conversation comment by `login` on the pull request, then `issue_comment.created`. */
export async function commentOnPullRequest(
  sim: GitHubSimulator,
  pull: SimPullRequest,
  login: string,
  body: string,
): Promise<{ comment: SimIssueComment; delivery: Delivery }> {
  const comment: SimIssueComment = {
    id: sim.state.newId(),
    repo: pull.baseRepo,
    issueNumber: pull.number,
    body,
    user: userFor(login),
    createdAt: new Date().toISOString(),
    reactions: [],
  };
  sim.state.issueComments.push(comment);
  const delivery = await sim.deliver('issue_comment', issueCommentPayload(sim.payloadContext, pull, comment));
  return { comment, delivery };
}

/** "Re-run" on the check run (`rerequested`) or a click on one of its buttons (`requested_action`). */
export function requestCheckRun(
  sim: GitHubSimulator,
  run: SimCheckRun,
  login: string,
  identifier?: string,
): Promise<Delivery> {
  const action = identifier ? 'requested_action' : 'rerequested';
  return sim.deliver('check_run', checkRunPayload(sim.payloadContext, run, action, userFor(login), identifier));
}

/** The check runs on a commit, oldest first. */
export function checkRunsOn(sim: GitHubSimulator, sha: string): SimCheckRun[] {
  return sim.state.checkRuns.filter((r) => r.headSha === sha);
}

/** Waits until the pull request's current head has a completed check run from the App, and returns it. */
export function completedCheck(sim: GitHubSimulator, pull: SimPullRequest, timeoutMs?: number): Promise<SimCheckRun> {
  return sim.waitFor(
    () => checkRunsOn(sim, sim.state.headSha(pull)).find((r) => r.status === 'completed'),
    timeoutMs,
    `a completed check run on PR #${pull.number}`,
  );
}

/** A reply by `login` in the thread of review comment `root`, then `pull_request_review_comment.created`. */
export async function replyToReviewComment(
  sim: GitHubSimulator,
  pull: SimPullRequest,
  root: SimReviewComment,
  login: string,
  body: string,
): Promise<{ comment: SimReviewComment; delivery: Delivery }> {
  const comment: SimReviewComment = {
    ...root,
    id: sim.state.newId(),
    body,
    user: userFor(login),
    createdAt: new Date().toISOString(),
    inReplyTo: root.id,
    reactions: [],
  };
  sim.state.reviewComments.push(comment);
  const delivery = await sim.deliver(
    'pull_request_review_comment',
    reviewCommentPayload(sim.payloadContext, pull, comment),
  );
  return { comment, delivery };
}

/**
 * A merge queue takes the pull request: a commit on a `gh-readonly-queue/<base>/pr-N-<sha>` branch holding the base
 * with the pull request's files applied, then `merge_group.checks_requested`. Returns the group's head SHA.
 */
export async function queuePullRequest(
  sim: GitHubSimulator,
  pull: SimPullRequest,
  sender = pull.user.login,
): Promise<{ headSha: string; baseSha: string; delivery: Delivery }> {
  const repo = sim.state.repo(pull.baseRepo)!;
  const baseSha = repo.branches.get(pull.baseRef)!;
  const head = sim.state.commits.get(sim.state.headSha(pull))!;
  const prBase = sim.state.commits.get(pull.baseSha)!;
  const changes: Record<string, string | null> = {};
  for (const [path, content] of head.files) if (prBase.files.get(path) !== content) changes[path] = content;
  for (const path of prBase.files.keys()) if (!head.files.has(path)) changes[path] = null;
  const branch = `gh-readonly-queue/${pull.baseRef}/pr-${pull.number}-${head.sha}`;
  repo.branches.set(branch, baseSha);
  const group = sim.state.commit(
    repo,
    branch,
    changes,
    `Merge pull request #${pull.number}`,
    userFor('github-merge-queue', 'Bot'),
  );
  const delivery = await sim.deliver(
    'merge_group',
    mergeGroupPayload(
      sim.payloadContext,
      repo.fullName,
      { headSha: group.sha, headRef: branch, baseSha, baseRef: pull.baseRef },
      userFor(sender),
    ),
  );
  return { headSha: group.sha, baseSha, delivery };
}
