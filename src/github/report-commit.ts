// Writes the dated report to the pull request branch: create or update (blob sha), re-read and retry once on 409.
import type { FileCommit } from './port.js';
import { statusOf, type GitHubClient, type RepoCoords } from './octokit.js';

/** Returns the new commit sha, or undefined when the file already holds exactly this content (no empty commit). */
export async function commitFile(octokit: GitHubClient, repo: RepoCoords, commit: FileCommit): Promise<string | undefined> {
  try {
    return await writeOnce(octokit, repo, commit);
  } catch (error) {
    // 409: the branch or the file moved between our read and our write; the fresh sha settles it.
    if (statusOf(error) !== 409) throw error;
    return writeOnce(octokit, repo, commit);
  }
}

async function writeOnce(octokit: GitHubClient, repo: RepoCoords, commit: FileCommit): Promise<string | undefined> {
  const current = await currentFile(octokit, repo, commit);
  if (current?.content === commit.content) return undefined;
  const sha = current?.sha;
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

async function currentFile(
  octokit: GitHubClient, repo: RepoCoords, commit: FileCommit,
): Promise<{ sha: string; content?: string } | undefined> {
  try {
    const { data } = await octokit.rest.repos.getContent({ ...repo, path: commit.path, ref: commit.branch });
    if (Array.isArray(data)) return undefined;
    const content = 'content' in data && data.encoding === 'base64' ? Buffer.from(data.content, 'base64').toString('utf8') : undefined;
    return { sha: data.sha, ...(content !== undefined ? { content } : {}) };
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
}
