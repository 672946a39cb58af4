// An ASGI application (`async def app(scope, receive, send)` or `async def __call__(self, scope, receive, send)`)
// is a framework entry point: the server fills `scope` from the request (path, query string, headers) and
// `await receive()` hands over the client's body and websocket messages.
import type { Param } from './functions.js';

/** Indexes of `scope` and `receive` when the function has the ASGI 3 calling convention, else undefined. */
export function asgiParams(params: readonly Param[]): { scope: number; receive: number } | undefined {
  const first = params[0]?.name === 'self' ? 1 : 0;
  if (params.length !== first + 3) return undefined;
  const [scope, receive, send] = params.slice(first).map((p) => p.name);
  return scope === 'scope' && receive === 'receive' && send === 'send' ? { scope: first, receive: first + 1 } : undefined;
}
