// Writes the dated report to the pull request branch: create or update (blob sha), re-read and retry once on 409.
import type { FileCommit } from './port.js';
import { statusOf, type GitHubClient, type RepoCoords } from './octokit.js';

export async function commitFile(octokit: GitHubClient, repo: RepoCoords, commit: FileCommit): Promise<string> {
  try {
    return await writeOnce(octokit, repo, commit);
  } catch (error) {
    // 409: the branch or the file moved between our read and our write; the fresh sha settles it.
    if (statusOf(error) !== 409) throw error;
    return writeOnce(octokit, repo, commit);
  }
}

async function writeOnce(octokit: GitHubClient, repo: RepoCoords, commit: FileCommit): Promise<string> {
  const sha = await currentBlobSha(octokit, repo, commit);
  const { data } = await octokit.rest.repos.createOrUpdateFileContents({
    ...repo,
    path: commit.path,
    branch: commit.branch,
    message: commit.message,
    content: Buffer.from(commit.content, 'utf8').toString('base64'),
    ...(sha ? { sha } : {}),
    request: { retries: 0 }, // we retry 409 ourselves, once, after re-reading the sha
  });
  const commitSha = data.commit.sha;
  if (!commitSha) throw new Error('GitHub returned no commit sha for the report commit');
  return commitSha;
}

async function currentBlobSha(octokit: GitHubClient, repo: RepoCoords, commit: FileCommit): Promise<string | undefined> {
  try {
    const { data } = await octokit.rest.repos.getContent({ ...repo, path: commit.path, ref: commit.branch });
    return Array.isArray(data) ? undefined : data.sha;
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
}
