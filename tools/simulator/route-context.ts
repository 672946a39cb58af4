// What a simulated REST route receives and returns, and the error type routes throw for GitHub-style failures.
import type { IncomingHttpHeaders } from 'node:http';
import type { SimState, SimUser } from './state.js';
import type { Faults } from './faults.js';

export interface RouteContext {
  state: SimState;
  faults: Faults;
  operationId: string;
  params: Record<string, string>;
  query: Record<string, string>;
  body: any;
  headers: IncomingHttpHeaders;
  /** Absolute URL of the request, for pagination links. */
  url: URL;
  /** Installation the request's token belongs to (undefined for App-JWT requests). */
  installationId?: number;
  /** The App's bot user: the author of everything an installation token writes. */
  bot: SimUser;
  appId: number;
  /** The simulator's own API root, e.g. http://127.0.0.1:1234/api/v3. */
  apiRoot: string;
  /** Hook for routes whose effect GitHub reports by webhook (a commit to a PR branch → synchronize). */
  onBranchUpdated(repo: string, branch: string, beforeSha: string, sender: SimUser): void;
}

export interface RouteResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Send `body` as-is (a string) instead of JSON. */
  raw?: boolean;
}

export type Route = (ctx: RouteContext) => RouteResult;

/** A GitHub-style error response ({ message, documentation_url, status }). */
export class GitHubError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: unknown[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

export function notFound(): never {
  throw new GitHubError(404, 'Not Found');
}

export function ok(body: unknown, status = 200, headers?: Record<string, string>): RouteResult {
  return headers ? { status, body, headers } : { status, body };
}
