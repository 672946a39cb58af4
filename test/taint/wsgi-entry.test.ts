// WSGI applications are entry points: `environ` carries the request; a library helper's parameters do not.
import { describe, expect, it } from 'vitest';
import { lines, scanProject } from './helpers.js';

describe('WSGI environ source', () => {
  it('reports environ data reaching a sink in a WSGI app function and __call__', async () => {
    const r = await scanProject({
      'app.py': [
        'import subprocess',
        'def app(environ, start_response):',
        '    q = environ["QUERY_STRING"]',
        '    subprocess.call(q, shell=True)',
        '    start_response("200 OK", [])',
        '    return [b""]',
        'class Middleware:',
        '    def __call__(self, environ, start_response):',
        '        path = environ.get("PATH_INFO")',
        '        return open(path).read()',
      ].join('\n'),
    });
    const found = lines(r);
    expect(found.some((l) => l.startsWith('app.py:4 '))).toBe(true);
    expect(found.some((l) => l.startsWith('app.py:10 '))).toBe(true);
  });

  it('does not treat a plain helper with other parameter names as an entry point', async () => {
    const r = await scanProject({
      'lib.py': [
        'import subprocess',
        'def run(environ, callback):',
        '    subprocess.call(environ["CMD"], shell=True)',
      ].join('\n'),
    });
    expect(lines(r)).toEqual([]);
  });
});
