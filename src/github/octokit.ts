// The octokit type the GitHub adapters take: Probot's installation-authenticated client.
import type { ProbotOctokit } from 'probot';

export type GitHubClient = InstanceType<typeof ProbotOctokit>;

/** Owner and name of the repository a port is bound to. */
export interface RepoCoords {
  owner: string;
  repo: string;
}

/** The HTTP status of an octokit RequestError, if it is one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}
