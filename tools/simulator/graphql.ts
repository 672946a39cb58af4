// The simulator's GraphQL endpoint (POST /api/graphql, where octokit sends GraphQL for a GHE base URL): only the
// two operations the App uses, recognised by their root fields — a pull request's review threads and
// resolveReviewThread. Anything else is recorded as unimplemented and answered with a GraphQL error.
import { GitHubError, type RouteResult } from './route-context.js';
import type { SimState } from './state.js';

export interface GraphqlRequest {
  state: SimState;
  installationId: number | undefined;
  body: unknown;
  unimplemented: string[];
}

/** Thread ids are the first comment's id, as GitHub's are opaque node ids. */
const threadId = (rootCommentId: number) => `PRRT_${rootCommentId}`;

export function handleGraphql(request: GraphqlRequest): RouteResult {
  if (request.installationId === undefined) throw new GitHubError(401, 'Bad credentials');
  const { query, variables = {} } = (request.body ?? {}) as { query?: string; variables?: Record<string, any> };
  if (typeof query !== 'string') return { status: 200, body: { errors: [{ message: 'A query is required' }] } };
  if (/\bresolveReviewThread\s*\(/.test(query)) return resolve(request, String(variables.threadId ?? ''));
  if (/\breviewThreads\s*\(/.test(query)) return threads(request, variables);
  request.unimplemented.push(`graphql: ${query.slice(0, 80)}`);
  return { status: 200, body: { errors: [{ message: 'the simulator does not implement this GraphQL operation' }] } };
}

function visibleRepo(request: GraphqlRequest, owner: string, name: string) {
  const repo = request.state.repo(`${owner}/${name}`);
  return repo && repo.installationId === request.installationId ? repo : undefined;
}

function threads(request: GraphqlRequest, variables: Record<string, any>): RouteResult {
  const repo = visibleRepo(request, String(variables.owner), String(variables.repo));
  const pull = repo ? request.state.pull(repo.fullName, Number(variables.number)) : undefined;
  if (!repo || !pull) return { status: 200, body: { data: { repository: repo ? { pullRequest: null } : null } } };
  const roots = request.state.reviewComments.filter(
    (c) => c.repo === repo.fullName && c.prNumber === pull.number && !c.inReplyTo,
  );
  // 100 a page, cursor = index of the next page's first thread.
  const start = Number(variables.cursor ?? 0) || 0;
  const page = roots.slice(start, start + 100);
  const hasNextPage = start + 100 < roots.length;
  return {
    status: 200,
    body: {
      data: {
        repository: {
          pullRequest: {
            reviewThreads: {
              pageInfo: { hasNextPage, endCursor: hasNextPage ? String(start + 100) : null },
              nodes: page.map((c) => ({
                id: threadId(c.id),
                isResolved: request.state.resolvedThreads.has(c.id),
                comments: { nodes: [{ databaseId: c.id }] },
              })),
            },
          },
        },
      },
    },
  };
}

function resolve(request: GraphqlRequest, id: string): RouteResult {
  const rootId = Number(/^PRRT_(\d+)$/.exec(id)?.[1]);
  const root = request.state.reviewComments.find((c) => c.id === rootId && !c.inReplyTo);
  if (!root || request.state.repo(root.repo)?.installationId !== request.installationId) {
    return {
      status: 200,
      body: {
        data: { resolveReviewThread: null },
        errors: [{ type: 'NOT_FOUND', message: `Could not resolve to a node with the global id of '${id}'` }],
      },
    };
  }
  request.state.resolvedThreads.add(root.id);
  return { status: 200, body: { data: { resolveReviewThread: { thread: { id, isResolved: true } } } } };
}
