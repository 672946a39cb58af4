// What the check sweep reads from GitHub: the App's installations, their open pull requests, and the App's own
// SentinelPy check runs on a commit. Bounded, because a sweep must not spend an installation's quota.
import type { CompletedCheck, PullRequestRef } from './port.js';
import type { GitHubClient, RepoCoords } from './octokit.js';
import { CHECK_NAME, completeCheck } from './check-runs.js';
import { pullRefOf } from './repository.js';

export interface OpenPull {
  repo: RepoCoords;
  pull: PullRequestRef;
  /** Last update of the pull request (ms since the epoch): a fresh one may still have its webhook in flight. */
  updatedAt: number;
}

export interface OwnCheck {
  id: number;
  status: string;
}

/** The App's installation ids (App JWT client). */
export async function listInstallationIds(appClient: GitHubClient, max = 1000): Promise<number[]> {
  const ids: number[] = [];
  for await (const { data } of appClient.paginate.iterator(appClient.rest.apps.listInstallations, { per_page: 100 })) {
    ids.push(...data.map((i) => i.id));
    if (ids.length >= max) break;
  }
  return ids.slice(0, max);
}

/** Open pull requests of every repository the installation can see, most recently updated first, at most `max`. */
export async function listOpenPulls(client: GitHubClient, max = 500): Promise<OpenPull[]> {
  const out: OpenPull[] = [];
  for await (const { data } of client.paginate.iterator(client.rest.apps.listReposAccessibleToInstallation, {
    per_page: 100,
  })) {
    for (const repository of data) {
      const repo = { owner: repository.owner.login, repo: repository.name };
      const { data: pulls } = await client.rest.pulls.list({
        ...repo,
        state: 'open',
        sort: 'updated',
        direction: 'desc',
        per_page: 100,
      });
      out.push(...pulls.map((p) => ({ repo, pull: pullRefOf(p), updatedAt: Date.parse(p.updated_at) })));
      if (out.length >= max) return out.slice(0, max);
    }
  }
  return out;
}

/** This App's SentinelPy check runs on `sha` (any app can name a check run the same). */
export async function ownChecksOn(
  client: GitHubClient,
  repo: RepoCoords,
  sha: string,
  appId: number,
): Promise<OwnCheck[]> {
  const { data } = await client.rest.checks.listForRef({ ...repo, ref: sha, check_name: CHECK_NAME, per_page: 100 });
  return data.check_runs.filter((r) => r.app?.id === appId).map((r) => ({ id: r.id, status: r.status }));
}

/**
 * The pull request's commits before its head, newest first, at most `max` (one request: the first 100 commits; a
 * longer pull request's newest ones beyond them are not looked at).
 */
export async function olderPullCommits(
  client: GitHubClient,
  repo: RepoCoords,
  pull: PullRequestRef,
  max = 10,
): Promise<string[]> {
  const { data } = await client.rest.pulls.listCommits({ ...repo, pull_number: pull.number, per_page: 100 });
  return data
    .map((c) => c.sha)
    .filter((sha) => sha !== pull.headSha)
    .reverse()
    .slice(0, max);
}

/** The sweep's view of GitHub, bound to the App: its installations, their open pull requests and own checks. */
export interface SweepSource {
  installations(): Promise<number[]>;
  openPulls(installationId: number): Promise<OpenPull[]>;
  ownChecks(installationId: number, repo: RepoCoords, sha: string): Promise<OwnCheck[]>;
  /** The pull request's commits before its head, newest first, at most `max`. */
  olderCommits(installationId: number, repo: RepoCoords, pull: PullRequestRef, max: number): Promise<string[]>;
  completeCheck(installationId: number, repo: RepoCoords, checkId: number, result: CompletedCheck): Promise<void>;
}

/** `auth()` is the App's JWT client, `auth(id)` an installation's (Probot's `app.auth`). */
export function createSweepSource(
  auth: (installationId?: number) => Promise<GitHubClient>,
  appId: number,
  prepare?: (c: GitHubClient) => void,
): SweepSource {
  const client = async (id?: number) => {
    const c = await auth(id);
    prepare?.(c);
    return c;
  };
  return {
    installations: async () => listInstallationIds(await client()),
    openPulls: async (id) => listOpenPulls(await client(id)),
    ownChecks: async (id, repo, sha) => ownChecksOn(await client(id), repo, sha, appId),
    olderCommits: async (id, repo, pull, max) => olderPullCommits(await client(id), repo, pull, max),
    completeCheck: async (id, repo, checkId, result) => completeCheck(await client(id), repo, checkId, result),
  };
}
