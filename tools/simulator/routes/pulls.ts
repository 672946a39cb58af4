// Simulated pull request routes: get, files, review comments, and reviews (with GitHub's 422 on lines outside the diff).
import { ok, notFound, type Route, type RouteContext } from '../route-context.js';
import { changedFileJson, changedFiles } from '../pull-files.js';
import { pullJson, reviewCommentJson, reviewJson } from '../serialize.js';
import type { SimPullRequest, SimReview } from '../state.js';
import { paginate, pullFrom, repoFrom, unprocessable } from './common.js';
import { ancestorsUntil, commitJson } from './contents.js';

const MAX_LISTED_FILES = 3000;

interface ReviewCommentInput {
  path: string;
  body: string;
  line?: number;
  position?: number;
  side?: string;
  start_line?: number;
  start_side?: string;
}

const getPull: Route = (ctx) => {
  const pull = pullFrom(ctx, repoFrom(ctx));
  return ok(pullJson(ctx.state, pull, ctx.apiRoot));
};

/** Open (or closed, or all) pull requests of a repository, newest first like GitHub's default. */
const listPulls: Route = (ctx) => {
  const repo = repoFrom(ctx);
  const state = ctx.query.state ?? 'open';
  const pulls = ctx.state.pulls
    .filter((p) => p.baseRepo === repo.fullName && (state === 'all' || p.state === state))
    .reverse()
    .map((p) => pullJson(ctx.state, p, ctx.apiRoot));
  return paginate(ctx, pulls);
};

const listFiles: Route = (ctx) => {
  const repo = repoFrom(ctx);
  const pull = pullFrom(ctx, repo);
  const headSha = ctx.state.headSha(pull);
  const files = changedFiles(ctx.state.commits.get(pull.baseSha)!, ctx.state.commits.get(headSha)!)
    .slice(0, MAX_LISTED_FILES)
    .map((f) => changedFileJson(f, repo.fullName, headSha, ctx.apiRoot));
  return paginate(ctx, files);
};

/** The pull request's commits, oldest first (GitHub lists at most 250). */
const listCommits: Route = (ctx) => {
  const repo = repoFrom(ctx);
  const pull = pullFrom(ctx, repo);
  const head = ctx.state.commits.get(ctx.state.headSha(pull))!;
  const commits = ancestorsUntil(ctx, head, pull.baseSha).slice(-250);
  return paginate(
    ctx,
    commits.map((c) => commitJson(ctx, repo, c)),
  );
};

const listReviewComments: Route = (ctx) => {
  const repo = repoFrom(ctx);
  const pull = pullFrom(ctx, repo);
  const pending = new Set(ctx.state.reviews.filter((r) => r.state === 'PENDING').map((r) => r.id));
  const comments = ctx.state.reviewComments
    .filter((c) => c.repo === repo.fullName && c.prNumber === pull.number && !pending.has(c.reviewId))
    .map((c) => reviewCommentJson(c, ctx.apiRoot));
  return paginate(ctx, comments);
};

const listReviews: Route = (ctx) => {
  const repo = repoFrom(ctx);
  const pull = pullFrom(ctx, repo);
  const reviews = ctx.state.reviews.filter((r) => r.repo === repo.fullName && r.prNumber === pull.number);
  return paginate(
    ctx,
    reviews.map((r) => reviewJson(r, ctx.apiRoot)),
  );
};

const createReview: Route = (ctx) => {
  const repo = repoFrom(ctx);
  const pull = pullFrom(ctx, repo);
  const commitId: string = ctx.body?.commit_id ?? ctx.state.headSha(pull);
  if (!ctx.state.commits.has(commitId))
    unprocessable('Unprocessable Entity', ['commit_id is not part of the pull request']);
  const comments: ReviewCommentInput[] = ctx.body?.comments ?? [];
  const event: string | undefined = ctx.body?.event;
  if (event && event !== 'APPROVE' && !ctx.body?.body && comments.length === 0)
    unprocessable('Unprocessable Entity', ['Review body is required']);
  if (
    !event &&
    ctx.state.reviews.some(
      (r) =>
        r.state === 'PENDING' && r.prNumber === pull.number && r.repo === repo.fullName && r.user.id === ctx.bot.id,
    )
  ) {
    unprocessable('Unprocessable Entity', ['User can only have one pending review per pull request']);
  }
  checkCommentLines(ctx, pull, commitId, comments);
  const review: SimReview = {
    id: ctx.state.newId(),
    repo: repo.fullName,
    prNumber: pull.number,
    commitId,
    body: ctx.body?.body ?? '',
    state: event ? reviewState(event) : 'PENDING',
    user: ctx.bot,
    submittedAt: new Date().toISOString(),
  };
  ctx.state.reviews.push(review);
  for (const c of comments) {
    ctx.state.reviewComments.push({
      id: ctx.state.newId(),
      reviewId: review.id,
      repo: repo.fullName,
      prNumber: pull.number,
      path: c.path,
      line: c.line!,
      startLine: c.start_line ?? null,
      side: c.side ?? 'RIGHT',
      commitId,
      body: c.body,
      user: ctx.bot,
      createdAt: review.submittedAt,
    });
  }
  return ok(reviewJson(review, ctx.apiRoot));
};

/** GitHub refuses the whole review (422, without naming the comment) when any comment is off the diff. */
function checkCommentLines(
  ctx: RouteContext,
  pull: SimPullRequest,
  commitId: string,
  comments: ReviewCommentInput[],
): void {
  const files = new Map(
    changedFiles(ctx.state.commits.get(pull.baseSha)!, ctx.state.commits.get(commitId)!).map((f) => [f.filename, f]),
  );
  for (const c of comments) {
    const file = files.get(c.path);
    const lines = c.line === undefined ? [] : range(c.start_line ?? c.line, c.line);
    const inDiff = file && lines.length > 0 && c.side !== 'LEFT' && lines.every((l) => file.commentableLines.has(l));
    if (!inDiff || ctx.faults.isReviewLineRejected(c.path, c.line ?? -1)) {
      unprocessable('Unprocessable Entity', ['Pull request review thread line must be part of the diff']);
    }
  }
}

function range(from: number, to: number): number[] {
  return from > to ? [] : Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function reviewState(event: string): string {
  return (
    { APPROVE: 'APPROVED', REQUEST_CHANGES: 'CHANGES_REQUESTED', COMMENT: 'COMMENTED' } as Record<string, string>
  )[event]!;
}

const deletePendingReview: Route = (ctx) => {
  const repo = repoFrom(ctx);
  const pull = pullFrom(ctx, repo);
  const review =
    ctx.state.reviews.find((r) => r.id === Number(ctx.params.review_id) && r.prNumber === pull.number) ?? notFound();
  if (review.state !== 'PENDING')
    unprocessable('Unprocessable Entity', ['Can not delete a non-pending pull request review']);
  ctx.state.reviews.splice(ctx.state.reviews.indexOf(review), 1);
  const kept = ctx.state.reviewComments.filter((c) => c.reviewId !== review.id);
  ctx.state.reviewComments.splice(0, ctx.state.reviewComments.length, ...kept);
  return ok(reviewJson(review, ctx.apiRoot));
};

export const pullRoutes: Record<string, Route> = {
  'pulls/get': getPull,
  'pulls/list': listPulls,
  'pulls/list-files': listFiles,
  'pulls/list-commits': listCommits,
  'pulls/list-review-comments': listReviewComments,
  'pulls/list-reviews': listReviews,
  'pulls/create-review': createReview,
  'pulls/delete-pending-review': deletePendingReview,
};
