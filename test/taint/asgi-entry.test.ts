// Raw ASGI applications are entry points: `scope` carries the request (path, query string, headers) and
// `await receive()` the client's body; a helper with other parameter names is not.
import { describe, expect, it } from 'vitest';
import { lines, scanProject } from './helpers.js';

describe('ASGI scope and receive() sources', () => {
  it('reports scope data and received bodies reaching sinks in an ASGI app function and __call__', async () => {
    const r = await scanProject({
      'app.py': [
        'import subprocess',
        'async def app(scope, receive, send):',
        '    q = scope["query_string"].decode()',
        '    subprocess.call(q, shell=True)',
        '    message = await receive()',
        '    subprocess.call(message["body"].decode(), shell=True)',
        'class StaticMiddleware:',
        '    async def __call__(self, scope, receive, send):',
        '        path = scope["path"]',
        '        return open(path).read()',
        '    async def headers(self, scope, receive, send):',
        '        agent = dict(scope["headers"])[b"user-agent"]',
        '        subprocess.call(agent, shell=True)',
      ].join('\n'),
    });
    const found = lines(r);
    for (const line of [4, 6, 10, 13])
      expect(
        found.some((l) => l.startsWith(`app.py:${line} `)),
        `line ${line}`,
      ).toBe(true);
  });

  it('does not treat other signatures as ASGI, nor a constant read from scope as tainted by receive', async () => {
    const r = await scanProject({
      'lib.py': [
        'import subprocess',
        'async def run(scope, callback):',
        '    subprocess.call(scope["cmd"], shell=True)',
        'def receive():',
        '    return "ls"',
        'def later():',
        '    subprocess.call(receive(), shell=True)',
      ].join('\n'),
      // The framework's own ASGI callables are library code: the application built from them is the entry point.
      'starlette/staticfiles.py': [
        'class StaticFiles:',
        '    async def __call__(self, scope, receive, send):',
        '        return open(scope["path"]).read()',
      ].join('\n'),
    });
    expect(lines(r)).toEqual([]);
  });
});
