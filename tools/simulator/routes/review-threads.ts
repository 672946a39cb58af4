// Simulated review comment threads (one review comment, replies, reactions) and code scanning SARIF uploads.
import { gunzipSync } from 'node:zlib';
import { notFound, ok, type Route, type RouteContext } from '../route-context.js';
import { reviewCommentJson } from '../serialize.js';
import type { SimReviewComment } from '../state.js';
import { addReaction, pullFrom, repoFrom, unprocessable } from './common.js';

function reviewCommentFrom(ctx: RouteContext): SimReviewComment {
  const repo = repoFrom(ctx);
  return (
    ctx.state.reviewComments.find((c) => c.id === Number(ctx.params.comment_id) && c.repo === repo.fullName) ??
    notFound()
  );
}

const getReviewComment: Route = (ctx) => ok(reviewCommentJson(reviewCommentFrom(ctx), ctx.apiRoot));

/** Like GitHub: a reply to a reply joins the thread of the first comment; only a first comment can be replied to. */
const reply: Route = (ctx) => {
  const repo = repoFrom(ctx);
  const pull = pullFrom(ctx, repo);
  const parent = reviewCommentFrom(ctx);
  if (parent.prNumber !== pull.number) notFound();
  if (parent.inReplyTo) unprocessable('Unprocessable Entity', ['in_reply_to must be the first comment of the thread']);
  const comment: SimReviewComment = {
    ...parent,
    id: ctx.state.newId(),
    body: ctx.body.body,
    user: ctx.bot,
    createdAt: new Date().toISOString(),
    inReplyTo: parent.id,
    reactions: [],
  };
  ctx.state.reviewComments.push(comment);
  return ok(reviewCommentJson(comment, ctx.apiRoot), 201);
};

const react: Route = (ctx) => {
  const comment = reviewCommentFrom(ctx);
  return addReaction(ctx, (comment.reactions ??= []));
};

/** Needs gzip + base64 SARIF (GitHub refuses anything else), at most 10 MB gzipped. */
const uploadSarif: Route = (ctx) => {
  const repo = repoFrom(ctx);
  const gzipped = Buffer.from(String(ctx.body.sarif), 'base64');
  if (gzipped.length > 10 * 1024 * 1024) unprocessable('SARIF too large');
  let sarif: unknown;
  try {
    sarif = JSON.parse(gunzipSync(gzipped).toString('utf8'));
  } catch {
    unprocessable('Invalid SARIF: must be gzip-compressed and base64-encoded JSON');
  }
  if (!ctx.state.commits.has(ctx.body.commit_sha)) unprocessable('commit_sha is unknown');
  const id = `sarif-${ctx.state.newId()}`;
  ctx.state.sarifUploads.push({
    id,
    repo: repo.fullName,
    commitSha: ctx.body.commit_sha,
    ref: ctx.body.ref,
    sarif,
    toolName: ctx.body.tool_name,
  });
  return ok({ id, url: `${ctx.apiRoot}/repos/${repo.fullName}/code-scanning/sarifs/${id}` }, 202);
};

export const reviewThreadRoutes: Record<string, Route> = {
  'pulls/get-review-comment': getReviewComment,
  'pulls/create-reply-for-review-comment': reply,
  'reactions/create-for-pull-request-review-comment': react,
  'code-scanning/upload-sarif': uploadSarif,
};
