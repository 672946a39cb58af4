// What the check sweep reads from GitHub: the App's installations, their open pull requests, and the App's own
// SentinelPy check runs on a commit. Bounded, because a sweep must not spend an installation's quota.
import type { PullRequestRef } from './port.js';
import type { GitHubClient, RepoCoords } from './octokit.js';
import { CHECK_NAME } from './check-runs.js';
import { pullRefOf } from './repository.js';

export interface OpenPull {
  repo: RepoCoords;
  pull: PullRequestRef;
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
  for await (const { data } of client.paginate.iterator(client.rest.apps.listReposAccessibleToInstallation, { per_page: 100 })) {
    for (const repository of data) {
      const repo = { owner: repository.owner.login, repo: repository.name };
      const { data: pulls } = await client.rest.pulls.list({ ...repo, state: 'open', sort: 'updated', direction: 'desc', per_page: 100 });
      out.push(...pulls.map((p) => ({ repo, pull: pullRefOf(p) })));
      if (out.length >= max) return out.slice(0, max);
    }
  }
  return out;
}

/** This App's SentinelPy check runs on `sha` (any app can name a check run the same). */
export async function ownChecksOn(client: GitHubClient, repo: RepoCoords, sha: string, appId: number): Promise<OwnCheck[]> {
  const { data } = await client.rest.checks.listForRef({ ...repo, ref: sha, check_name: CHECK_NAME, per_page: 100 });
  return data.check_runs.filter((r) => r.app?.id === appId).map((r) => ({ id: r.id, status: r.status }));
}
