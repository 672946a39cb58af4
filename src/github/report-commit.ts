// Writes the report files to the pull request branch as ONE commit whose parent is the reviewed commit, and moves
// the branch only if it still points there: Git Data API (blobs, a tree on the reviewed commit's tree, a commit),
// then a non-forced ref update, which GitHub refuses (422) when the branch has moved on. Committing on top of
// whatever the head is *now* would put the report — and the review's result, carried over to the report commit —
// on top of a push that was never analysed.
import type { ReportCommit, ReportCommitResult } from './port.js';
import { statusOf, type GitHubClient, type RepoCoords } from './octokit.js';

export async function commitReportFiles(
  octokit: GitHubClient,
  repo: RepoCoords,
  commit: ReportCommit,
): Promise<ReportCommitResult> {
  const { data: parent } = await octokit.rest.git.getCommit({ ...repo, commit_sha: commit.parentSha });
  const entries = [];
  for (const file of commit.files) {
    const { data: blob } = await octokit.rest.git.createBlob({
      ...repo,
      content: Buffer.from(file.content, 'utf8').toString('base64'),
      encoding: 'base64',
    });
    entries.push({ path: file.path, mode: '100644' as const, type: 'blob' as const, sha: blob.sha });
  }
  const { data: tree } = await octokit.rest.git.createTree({ ...repo, base_tree: parent.tree.sha, tree: entries });
  // Same tree: every file already holds exactly this content (no empty commit).
  if (tree.sha === parent.tree.sha) return { status: 'unchanged' };
  const { data: created } = await octokit.rest.git.createCommit({
    ...repo,
    message: commit.message,
    tree: tree.sha,
    parents: [commit.parentSha],
  });
  try {
    await octokit.rest.git.updateRef({
      ...repo,
      ref: `heads/${commit.branch}`,
      sha: created.sha,
      force: false,
      request: { retries: 0 }, // a refused fast-forward is an answer, not a transient error
    });
  } catch (error) {
    if (statusOf(error) !== 422) throw error;
    return { status: 'head-moved', ...(await currentHead(octokit, repo, commit.branch)) };
  }
  return { status: 'committed', sha: created.sha };
}

/** Where the branch is now, for the check summary; best effort (the branch may be gone). */
async function currentHead(octokit: GitHubClient, repo: RepoCoords, branch: string): Promise<{ headNow?: string }> {
  try {
    const { data } = await octokit.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
    return { headNow: data.object.sha };
  } catch {
    return {};
  }
}
