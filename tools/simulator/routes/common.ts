// Lookups and pagination shared by the simulated REST routes.
import { GitHubError, notFound, type RouteContext, type RouteResult } from '../route-context.js';
import type { SimPullRequest, SimReaction, SimRepo } from '../state.js';
import { userJson } from '../serialize.js';

/** The repository named by the path, visible only to its own installation (GitHub answers 404 otherwise). */
export function repoFrom(ctx: RouteContext): SimRepo {
  const repo = ctx.state.repo(`${ctx.params.owner}/${ctx.params.repo}`);
  if (!repo || repo.installationId !== ctx.installationId) notFound();
  return repo;
}

export function pullFrom(ctx: RouteContext, repo: SimRepo): SimPullRequest {
  return ctx.state.pull(repo.fullName, Number(ctx.params.pull_number ?? ctx.params.issue_number)) ?? notFound();
}

/** One page of `items` with GitHub's `Link` header (per_page default 30, max 100). */
export function paginate<T>(ctx: RouteContext, items: T[]): RouteResult {
  const perPage = Math.min(Number(ctx.query.per_page ?? 30) || 30, 100);
  const page = Math.max(Number(ctx.query.page ?? 1) || 1, 1);
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link = (n: number, rel: string) => {
    const url = new URL(ctx.url);
    url.searchParams.set('per_page', String(perPage));
    url.searchParams.set('page', String(n));
    return `<${url.toString()}>; rel="${rel}"`;
  };
  const links = [];
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
  if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
  return links.length
    ? { status: 200, body: slice, headers: { link: links.join(', ') } }
    : { status: 200, body: slice };
}

export function unprocessable(message: string, errors?: unknown[]): never {
  throw new GitHubError(422, message, errors);
}

/** The App's reaction on a comment; GitHub answers 200 with the existing one when the same user reacts the same way twice. */
export function addReaction(ctx: RouteContext, reactions: SimReaction[]): RouteResult {
  const existing = reactions.find((r) => r.content === ctx.body.content && r.user.id === ctx.bot.id);
  const reaction = existing ?? { id: ctx.state.newId(), content: ctx.body.content, user: ctx.bot };
  if (!existing) reactions.push(reaction);
  const body = {
    id: reaction.id,
    node_id: `REA_${reaction.id}`,
    content: reaction.content,
    user: userJson(ctx.bot, ctx.apiRoot),
    created_at: new Date().toISOString(),
  };
  return { status: existing ? 200 : 201, body };
}
