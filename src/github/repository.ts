// Repository-level reads and small writes: config file, pull request, permissions, reactions, comments, compare.
import type { Permission, PullRequestRef, Reaction } from './port.js';
import { statusOf, type GitHubClient, type RepoCoords } from './octokit.js';
import { isAppComment } from './reviews.js';

export const CONFIG_PATH = '.github/sentinel.yml';

/** Read from the default branch only, so a pull request cannot change its own review settings. */
export async function readConfigFile(
  octokit: GitHubClient,
  repo: RepoCoords,
  defaultBranch: string,
): Promise<string | undefined> {
  return readTextFile(octokit, repo, CONFIG_PATH, defaultBranch);
}

/** A small text file at `ref` (contents API, up to 1 MB), or undefined when there is none. */
export async function readTextFile(
  octokit: GitHubClient,
  repo: RepoCoords,
  path: string,
  ref: string,
): Promise<string | undefined> {
  try {
    const { data } = await octokit.rest.repos.getContent({ ...repo, path, ref });
    if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) return undefined;
    return Buffer.from(data.content, 'base64').toString('utf8');
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
}

export async function getPull(octokit: GitHubClient, repo: RepoCoords, number: number): Promise<PullRequestRef> {
  const { data } = await octokit.rest.pulls.get({ ...repo, pull_number: number });
  return pullRefOf(data);
}

interface PullData {
  number: number;
  draft?: boolean;
  head: { sha: string; ref: string; repo: { full_name: string } | null };
  base: { ref: string; repo: { full_name: string; default_branch: string } };
}

/** A `pulls.get` / `pulls.list` entry as the fields the review reads. */
export function pullRefOf(data: PullData): PullRequestRef {
  return {
    number: data.number,
    headSha: data.head.sha,
    headRef: data.head.ref,
    isFork: data.head.repo?.full_name !== data.base.repo.full_name,
    draft: Boolean(data.draft),
    defaultBranch: data.base.repo.default_branch,
    ...(data.base.ref ? { baseRef: data.base.ref } : {}),
  };
}

const KNOWN: readonly Permission[] = ['admin', 'maintain', 'write', 'triage', 'read', 'none'];

export async function permissionOf(octokit: GitHubClient, repo: RepoCoords, username: string): Promise<Permission> {
  try {
    const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ ...repo, username });
    // role_name distinguishes maintain/triage, which `permission` folds into write/read.
    const role = (data as { role_name?: string }).role_name as Permission | undefined;
    if (role && KNOWN.includes(role)) return role;
    return KNOWN.includes(data.permission as Permission) ? (data.permission as Permission) : 'none';
  } catch (error) {
    if (statusOf(error) === 404) return 'none';
    throw error;
  }
}

export async function react(
  octokit: GitHubClient,
  repo: RepoCoords,
  commentId: number,
  content: Reaction,
): Promise<void> {
  await octokit.rest.reactions.createForIssueComment({ ...repo, comment_id: commentId, content });
}

/** Bodies of the conversation comments the App itself wrote (their hidden markers record approvals). */
export async function listOwnIssueCommentBodies(
  octokit: GitHubClient,
  repo: RepoCoords,
  issueNumber: number,
  appSlug?: string,
): Promise<string[]> {
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    ...repo,
    issue_number: issueNumber,
    per_page: 100,
  });
  return comments.filter((c) => isAppComment(c.user, appSlug)).map((c) => c.body ?? '');
}

export async function comment(
  octokit: GitHubClient,
  repo: RepoCoords,
  issueNumber: number,
  body: string,
): Promise<void> {
  await octokit.rest.issues.createComment({ ...repo, issue_number: issueNumber, body });
}

/** One page of a commit's files; a report commit changes one or two, so a full page is no report commit. */
const COMMIT_FILES_PAGE = 100;

export async function addsOnlyOnTop(
  octokit: GitHubClient,
  repo: RepoCoords,
  parent: string,
  child: string,
  isAllowed: (path: string) => boolean,
): Promise<boolean> {
  const { data } = await octokit.rest.repos.getCommit({ ...repo, ref: child, per_page: COMMIT_FILES_PAGE });
  // One parent, and it is the reviewed commit: a merge or a commit on another base could bring in anything.
  if (data.parents.length !== 1 || data.parents[0]?.sha !== parent) return false;
  const files = data.files ?? [];
  return (
    files.length > 0 &&
    files.length < COMMIT_FILES_PAGE &&
    files.every((f) => isAllowed(f.filename) && (!f.previous_filename || isAllowed(f.previous_filename)))
  );
}
