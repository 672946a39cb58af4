// Review comment threads: read one comment, reply in its thread, react to it, and resolve the thread. Resolving
// exists only in GraphQL (`resolveReviewThread` takes the thread's node id, which REST does not expose), so the
// thread is found by its first comment's database id among the pull request's threads.
import type { Reaction, ReviewCommentRef } from './port.js';
import type { GitHubClient, RepoCoords } from './octokit.js';
import { isAppComment } from './reviews.js';

export async function getReviewComment(
  octokit: GitHubClient,
  repo: RepoCoords,
  commentId: number,
  appSlug?: string,
): Promise<ReviewCommentRef> {
  const { data } = await octokit.rest.pulls.getReviewComment({ ...repo, comment_id: commentId });
  return {
    id: data.id,
    body: data.body,
    path: data.path,
    line: data.line ?? data.original_line ?? 0,
    user: data.user ? { login: data.user.login, type: data.user.type } : null,
    byApp: isAppComment(data.user, appSlug),
    ...(data.in_reply_to_id ? { inReplyTo: data.in_reply_to_id } : {}),
  };
}

export async function replyToReviewComment(
  octokit: GitHubClient,
  repo: RepoCoords,
  pullNumber: number,
  commentId: number,
  body: string,
): Promise<void> {
  await octokit.rest.pulls.createReplyForReviewComment({
    ...repo,
    pull_number: pullNumber,
    comment_id: commentId,
    body,
  });
}

export async function reactToReviewComment(
  octokit: GitHubClient,
  repo: RepoCoords,
  commentId: number,
  content: Reaction,
): Promise<void> {
  await octokit.rest.reactions.createForPullRequestReviewComment({ ...repo, comment_id: commentId, content });
}

const THREADS = `query($owner: String!, $repo: String!, $number: Int!, $cursor: String) {
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) {
      reviewThreads(first: 100, after: $cursor) {
        pageInfo { hasNextPage endCursor }
        nodes { id isResolved comments(first: 1) { nodes { databaseId } } }
      }
    }
  }
}`;

const RESOLVE = `mutation($threadId: ID!) {
  resolveReviewThread(input: { threadId: $threadId }) { thread { id isResolved } }
}`;

interface ThreadPage {
  repository: {
    pullRequest: {
      reviewThreads: {
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        nodes: { id: string; isResolved: boolean; comments: { nodes: { databaseId: number | null }[] } }[];
      };
    } | null;
  } | null;
}

/** At most this many pages of threads (10,000 threads) are searched: a bound on one command's cost. */
const MAX_THREAD_PAGES = 100;

/** Resolves the thread that `rootCommentId` starts; false when no such thread was found. */
export async function resolveReviewThread(
  octokit: GitHubClient,
  repo: RepoCoords,
  pullNumber: number,
  rootCommentId: number,
): Promise<boolean> {
  let cursor: string | null = null;
  for (let page = 0; page < MAX_THREAD_PAGES; page++) {
    const data: ThreadPage = await octokit.graphql<ThreadPage>(THREADS, {
      owner: repo.owner,
      repo: repo.repo,
      number: pullNumber,
      cursor,
    });
    const threads = data.repository?.pullRequest?.reviewThreads;
    if (!threads) return false;
    const thread = threads.nodes.find((t) => t.comments.nodes[0]?.databaseId === rootCommentId);
    if (thread) {
      if (!thread.isResolved) await octokit.graphql(RESOLVE, { threadId: thread.id });
      return true;
    }
    if (!threads.pageInfo.hasNextPage) return false;
    cursor = threads.pageInfo.endCursor;
  }
  return false;
}
