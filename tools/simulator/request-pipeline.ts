// One REST request through the simulator: parse, validate against the OpenAPI description (violations recorded),
// authenticate (App JWT or installation token), inject faults, then run the route for the matched operation.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppAuth } from './auth.js';
import type { Faults } from './faults.js';
import type { RequestValidator } from './openapi/request-validator.js';
import { GitHubError, type Route, type RouteContext, type RouteResult } from './route-context.js';
import { checkRoutes } from './routes/checks.js';
import { contentRoutes } from './routes/contents.js';
import { gitDataRoutes } from './routes/git-data.js';
import { issueRoutes } from './routes/issues.js';
import { pullRoutes } from './routes/pulls.js';
import { reviewThreadRoutes } from './routes/review-threads.js';
import { handleGraphql } from './graphql.js';
import type { SimState, SimUser } from './state.js';
import { paginate } from './routes/common.js';
import { repoJson } from './serialize.js';

const API_PREFIX = '/api/v3';
/** Where octokit sends GraphQL when its REST base URL is GHE's `/api/v3`. */
const GRAPHQL_PATH = '/api/graphql';
const MAX_BODY_BYTES = 30 * 1024 * 1024;

/** A request the REST description does not allow: the e2e suite fails on any. */
export interface Violation {
  method: string;
  path: string;
  operationId?: string;
  problems: string[];
}

export interface RecordedRequest {
  method: string;
  path: string;
  operationId?: string;
  status: number;
  body?: unknown;
  at: number;
}

export interface PipelineDeps {
  state: SimState;
  faults: Faults;
  auth: AppAuth;
  validator: RequestValidator;
  bot: SimUser;
  apiRoot(): string;
  violations: Violation[];
  /** Valid operations the simulator has no route for (answered 404): a gap in the simulator, not in the App. */
  unimplemented: string[];
  requests: RecordedRequest[];
  onBranchUpdated: RouteContext['onBranchUpdated'];
}

const ROUTES: Record<string, Route> = {
  ...pullRoutes,
  ...contentRoutes,
  ...gitDataRoutes,
  ...checkRoutes,
  ...issueRoutes,
  ...reviewThreadRoutes,
};

export async function handleRequest(deps: PipelineDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', deps.apiRoot());
  const method = req.method ?? 'GET';
  let result: RouteResult;
  let operationId: string | undefined;
  let body: unknown;
  try {
    body = await readJsonBody(req);
    if (url.pathname === GRAPHQL_PATH && method === 'POST') {
      result = handleGraphql({
        state: deps.state,
        installationId: deps.auth.installationFor(req.headers.authorization),
        body,
        unimplemented: deps.unimplemented,
      });
      deps.requests.push({
        method,
        path: url.pathname,
        operationId: 'graphql',
        status: result.status,
        body,
        at: Date.now(),
      });
      return send(res, result);
    }
    const path = url.pathname.slice(API_PREFIX.length);
    if (!url.pathname.startsWith(`${API_PREFIX}/`)) {
      deps.violations.push({ method, path: url.pathname, problems: ['outside the REST API root /api/v3'] });
      throw new GitHubError(404, 'Not Found');
    }
    const checked = deps.validator.validate({ method, path, query: url.searchParams, body });
    operationId = checked.match?.operation.operationId;
    if (!checked.ok) {
      deps.violations.push({ method, path, operationId, problems: checked.problems });
      throw new GitHubError(
        checked.match ? 422 : 404,
        checked.match ? 'Invalid request.' : 'Not Found',
        checked.problems,
      );
    }
    const ctx = buildContext(
      deps,
      req,
      url,
      checked.match.operation.operationId,
      checked.match.pathParams,
      checked.match.query,
      body,
    );
    await deps.faults.runHook(ctx.operationId);
    result = runRoute(deps, ctx);
  } catch (error) {
    if (error instanceof GitHubError && error.status === 400)
      deps.violations.push({ method, path: url.pathname, problems: [error.message] });
    result = errorResult(error);
  }
  deps.requests.push({ method, path: url.pathname, operationId, status: result.status, body, at: Date.now() });
  send(res, result);
}

function buildContext(
  deps: PipelineDeps,
  req: IncomingMessage,
  url: URL,
  operationId: string,
  params: Record<string, string>,
  query: Record<string, string>,
  body: unknown,
): RouteContext {
  return {
    state: deps.state,
    faults: deps.faults,
    operationId,
    params,
    query,
    body,
    headers: req.headers,
    url,
    bot: deps.bot,
    appId: deps.auth.appId,
    apiRoot: deps.apiRoot(),
    onBranchUpdated: deps.onBranchUpdated,
    installationId: deps.auth.installationFor(req.headers.authorization),
  };
}

function runRoute(deps: PipelineDeps, ctx: RouteContext): RouteResult {
  if (ctx.operationId === 'apps/create-installation-access-token') return issueToken(deps, ctx);
  if (ctx.operationId === 'apps/list-installations') return listInstallations(deps, ctx);
  if (ctx.operationId === 'apps/list-repos-accessible-to-installation') return installationRepos(deps, ctx);
  if (ctx.installationId === undefined) throw new GitHubError(401, 'Bad credentials');
  const fault = ctx.faults.takeStatusFault(ctx.operationId);
  if (fault)
    throw new GitHubError(
      fault.status,
      fault.message ?? (fault.status >= 500 ? 'Server Error' : 'Injected fault'),
      undefined,
      fault.headers,
    );
  const route = ROUTES[ctx.operationId];
  if (!route) {
    deps.unimplemented.push(ctx.operationId);
    throw new GitHubError(404, `Not Found (the simulator does not implement ${ctx.operationId})`);
  }
  return route(ctx);
}

function issueToken(deps: PipelineDeps, ctx: RouteContext): RouteResult {
  const jwt = deps.auth.checkJwt(ctx.headers.authorization);
  if (!jwt.ok) throw new GitHubError(401, jwt.reason);
  const installationId = Number(ctx.params.installation_id);
  const repositories = [...ctx.state.repos.values()].filter((r) => r.installationId === installationId);
  if (repositories.length === 0) throw new GitHubError(404, 'Not Found');
  const { token, expiresAt } = deps.auth.issueToken(installationId);
  return {
    status: 201,
    body: {
      token,
      expires_at: expiresAt,
      repository_selection: 'selected',
      permissions: { checks: 'write', pull_requests: 'write', contents: 'write', issues: 'read', metadata: 'read' },
      repositories: repositories.map((r) => ({ id: r.id, name: r.name, full_name: r.fullName })),
    },
  };
}

/** `GET /app/installations` (App JWT): one installation per installation id the repositories carry. */
function listInstallations(deps: PipelineDeps, ctx: RouteContext): RouteResult {
  const jwt = deps.auth.checkJwt(ctx.headers.authorization);
  if (!jwt.ok) throw new GitHubError(401, jwt.reason);
  const ids = [...new Set([...ctx.state.repos.values()].map((r) => r.installationId).filter((id) => id > 0))].sort(
    (a, b) => a - b,
  );
  return paginate(
    ctx,
    ids.map((id) => ({ id, app_id: deps.auth.appId, target_type: 'Organization', account: null })),
  );
}

/** `GET /installation/repositories` (installation token): the repositories that installation can see. */
function installationRepos(deps: PipelineDeps, ctx: RouteContext): RouteResult {
  if (ctx.installationId === undefined) throw new GitHubError(401, 'Bad credentials');
  const repos = [...ctx.state.repos.values()]
    .filter((r) => r.installationId === ctx.installationId)
    .map((r) => repoJson(r, deps.apiRoot()));
  const page = paginate(ctx, repos);
  return { ...page, body: { total_count: repos.length, repositories: page.body } };
}

function errorResult(error: unknown): RouteResult {
  if (error instanceof GitHubError) {
    const body = {
      message: error.message,
      ...(error.errors ? { errors: error.errors } : {}),
      documentation_url: 'https://docs.github.com/rest',
      status: String(error.status),
    };
    return error.headers ? { status: error.status, body, headers: error.headers } : { status: error.status, body };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { status: 500, body: { message: `simulator error: ${message}` } };
}

async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new GitHubError(413, 'Payload too large');
    chunks.push(chunk as Buffer);
  }
  if (size === 0) return undefined;
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new GitHubError(400, 'Problems parsing JSON');
  }
}

function send(res: ServerResponse, result: RouteResult): void {
  const text = result.raw ? String(result.body) : result.body === undefined ? '' : JSON.stringify(result.body);
  res.writeHead(result.status, {
    'content-type': result.raw ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
    'x-github-media-type': 'github.v3; format=json',
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
    ...result.headers,
  });
  res.end(text);
}
