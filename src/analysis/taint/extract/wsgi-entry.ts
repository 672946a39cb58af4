// A WSGI application (`def app(environ, start_response)` or `__call__(self, environ, start_response)`) is a
// framework entry point: the server fills `environ` from the request (query string, headers, body stream).

/** Index of the `environ` parameter when the function has the WSGI calling convention, else -1. */
export function wsgiEnvironIndex(params: readonly { name: string }[]): number {
  const first = params[0]?.name === 'self' ? 1 : 0;
  const env = params[first]?.name;
  const start = params[first + 1]?.name;
  if (params.length !== first + 2) return -1;
  return (env === 'environ' || env === 'env') && start === 'start_response' ? first : -1;
}
