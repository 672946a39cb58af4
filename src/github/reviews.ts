// Pull request reviews: earlier comment bodies (for fingerprint dedup) and one COMMENT review whose
// 422-refused comments are found by bisection with pending reviews (never seen by anyone) and dropped alone.
import type { ReviewComment, ReviewOutcome } from './port.js';
import { statusOf, type GitHubClient, type RepoCoords } from './octokit.js';

/**
 * Bodies of the review comments the App itself wrote: a hidden fingerprint marker in anybody else's comment
 * (a PR author can type `<!-- sentinel:fp=… -->`) must not silence the App's comment on that finding.
 * With the App's slug known, only `<slug>[bot]` counts; without it, only Bot accounts (never a person).
 */
export async function listReviewCommentBodies(
  octokit: GitHubClient,
  repo: RepoCoords,
  pullNumber: number,
  appSlug?: string,
): Promise<string[]> {
  const comments = await octokit.paginate(octokit.rest.pulls.listReviewComments, {
    ...repo,
    pull_number: pullNumber,
    per_page: 100,
  });
  return comments.filter((c) => isAppComment(c.user, appSlug)).map((c) => c.body);
}

export function isAppComment(user: { login: string; type: string } | null | undefined, appSlug?: string): boolean {
  if (!user || user.type !== 'Bot') return false;
  return appSlug ? user.login === `${appSlug}[bot]` : user.login.endsWith('[bot]');
}

interface ReviewTarget {
  octokit: GitHubClient;
  repo: RepoCoords;
  pullNumber: number;
  commitSha: string;
}

export async function postReview(
  octokit: GitHubClient,
  repo: RepoCoords,
  pullNumber: number,
  commitSha: string,
  body: string,
  comments: ReviewComment[],
): Promise<ReviewOutcome> {
  const target = { octokit, repo, pullNumber, commitSha };
  try {
    await createReview(target, body, comments, 'COMMENT');
    return { posted: comments, dropped: [] };
  } catch (error) {
    // GitHub refuses the whole review when one comment is outside the diff, without saying which.
    if (statusOf(error) !== 422 || comments.length === 0) throw error;
  }
  const { accepted, refused } = await partition(target, comments);
  if (accepted.length > 0) await createReview(target, body, accepted, 'COMMENT');
  return { posted: accepted, dropped: refused };
}

/** Splits comments into those GitHub accepts and those it refuses, probing with pending reviews. */
async function partition(
  target: ReviewTarget,
  comments: ReviewComment[],
): Promise<{ accepted: ReviewComment[]; refused: ReviewComment[] }> {
  if (comments.length === 0) return { accepted: [], refused: [] };
  if (await probe(target, comments)) return { accepted: comments, refused: [] };
  if (comments.length === 1) return { accepted: [], refused: comments };
  const middle = Math.ceil(comments.length / 2);
  const left = await partition(target, comments.slice(0, middle));
  const right = await partition(target, comments.slice(middle));
  return { accepted: [...left.accepted, ...right.accepted], refused: [...left.refused, ...right.refused] };
}

/** A pending review (no event) is visible to nobody; it is deleted right away when GitHub accepts it. */
async function probe(target: ReviewTarget, comments: ReviewComment[]): Promise<boolean> {
  try {
    const id = await createReview(target, undefined, comments, undefined);
    await target.octokit.rest.pulls.deletePendingReview({
      ...target.repo,
      pull_number: target.pullNumber,
      review_id: id,
    });
    return true;
  } catch (error) {
    if (statusOf(error) === 422) return false;
    throw error;
  }
}

async function createReview(
  target: ReviewTarget,
  body: string | undefined,
  comments: ReviewComment[],
  event: 'COMMENT' | undefined,
): Promise<number> {
  const { data } = await target.octokit.rest.pulls.createReview({
    ...target.repo,
    pull_number: target.pullNumber,
    commit_id: target.commitSha,
    ...(event ? { event } : {}),
    ...(body ? { body } : {}),
    comments: comments.map(toApiComment),
  });
  return data.id;
}

function toApiComment(c: ReviewComment) {
  return {
    path: c.path,
    line: c.line,
    side: 'RIGHT' as const,
    ...(c.startLine !== undefined && c.startLine < c.line
      ? { start_line: c.startLine, start_side: 'RIGHT' as const }
      : {}),
    body: c.body,
  };
}
