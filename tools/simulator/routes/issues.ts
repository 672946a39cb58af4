// Simulated issue-side routes: PR conversation comments, their reactions, collaborator permissions, repository.
import { notFound, ok, type Route } from '../route-context.js';
import { issueCommentJson, repoJson, userJson } from '../serialize.js';
import { addReaction, paginate, pullFrom, repoFrom } from './common.js';

const createComment: Route = (ctx) => {
  const repo = repoFrom(ctx);
  const pull = pullFrom(ctx, repo);
  const comment = {
    id: ctx.state.newId(),
    repo: repo.fullName,
    issueNumber: pull.number,
    body: ctx.body.body,
    user: ctx.bot,
    createdAt: new Date().toISOString(),
    reactions: [],
  };
  ctx.state.issueComments.push(comment);
  return ok(issueCommentJson(comment, ctx.apiRoot), 201);
};

const listComments: Route = (ctx) => {
  const repo = repoFrom(ctx);
  const pull = pullFrom(ctx, repo);
  const comments = ctx.state.issueComments.filter((c) => c.repo === repo.fullName && c.issueNumber === pull.number);
  return paginate(
    ctx,
    comments.map((c) => issueCommentJson(c, ctx.apiRoot)),
  );
};

function commentFrom(ctx: Parameters<Route>[0]) {
  const repo = repoFrom(ctx);
  return (
    ctx.state.issueComments.find((c) => c.id === Number(ctx.params.comment_id) && c.repo === repo.fullName) ??
    notFound()
  );
}

const react: Route = (ctx) => addReaction(ctx, commentFrom(ctx).reactions);

const listReactions: Route = (ctx) =>
  paginate(
    ctx,
    commentFrom(ctx).reactions.map((r) => ({
      id: r.id,
      node_id: `REA_${r.id}`,
      content: r.content,
      user: userJson(r.user, ctx.apiRoot),
      created_at: new Date().toISOString(),
    })),
  );

const permission: Route = (ctx) => {
  const repo = repoFrom(ctx);
  const role = repo.collaborators.get(ctx.params.username!.toLowerCase());
  if (!role) notFound();
  // `permission` folds maintain into write and triage into read; `role_name` keeps the precise role.
  const folded = role === 'maintain' ? 'write' : role === 'triage' ? 'read' : role;
  const user = { login: ctx.params.username!, id: 5000 + ctx.params.username!.length, type: 'User' as const };
  return ok({ permission: folded, role_name: role, user: userJson(user, ctx.apiRoot) });
};

const getRepo: Route = (ctx) => ok(repoJson(repoFrom(ctx), ctx.apiRoot));

export const issueRoutes: Record<string, Route> = {
  'issues/create-comment': createComment,
  'issues/list-comments': listComments,
  'reactions/create-for-issue-comment': react,
  'reactions/list-for-issue-comment': listReactions,
  'repos/get-collaborator-permission-level': permission,
  'repos/get': getRepo,
};
