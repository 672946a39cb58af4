// An ASGI application (`async def app(scope, receive, send)` or `async def __call__(self, scope, receive, send)`)
// is a framework entry point: the server fills `scope` from the request (path, query string, headers) and
// `await receive()` hands over the client's body and websocket messages.
import { MODELS } from '../models/index.js';

/** Top-level packages of the modelled frameworks (`starlette`, `fastapi`, `django`, …). */
const FRAMEWORK_PACKAGES = new Set(MODELS.flatMap((m) => m.modules));

/**
 * Whether `path` lies inside a modelled framework's own package (`starlette/staticfiles.py`,
 * `src/starlette/…`). The framework's ASGI callables are library code: the application composed from them
 * decides what reaches them, and its routes are the entry points.
 */
export function inFrameworkPackage(path: string | undefined): boolean {
  const parts = (path ?? '').split('/');
  const top = parts[0] === 'src' ? parts[1] : parts[0];
  return parts.length > 1 && top !== undefined && FRAMEWORK_PACKAGES.has(top);
}

/** Indexes of `scope` and `receive` when the function has the ASGI 3 calling convention, else undefined. */
export function asgiParams(params: readonly { name: string }[]): { scope: number; receive: number } | undefined {
  const first = params[0]?.name === 'self' ? 1 : 0;
  if (params.length !== first + 3) return undefined;
  const [scope, receive, send] = params.slice(first).map((p) => p.name);
  return scope === 'scope' && receive === 'receive' && send === 'send'
    ? { scope: first, receive: first + 1 }
    : undefined;
}
