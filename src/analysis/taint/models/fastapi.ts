// FastAPI / Starlette model: route-function parameters and `Request` data as sources; HTML, redirect and
// file responses as sinks. Parameters typed int/float/bool/UUID are validated by FastAPI and stay clean.
import type { FrameworkModel } from './types.js';

export const FASTAPI: FrameworkModel = {
  id: 'fastapi',
  modules: ['fastapi', 'starlette'],
  sourceKind: 'remote',
  sources: {
    requestAttrs: ['query_params', 'path_params', 'headers', 'cookies', 'url'],
    requestMethods: [
      'json',
      'form',
      'body',
      'stream',
      'receive_text',
      'receive_bytes',
      'receive_json',
      'iter_text',
      'iter_bytes',
      'iter_json',
    ],
    routeDecorators: ['get', 'post', 'put', 'delete', 'patch', 'api_route', 'route', 'websocket'],
  },
  sinks: [
    { call: 'fastapi.responses.HTMLResponse', kind: 'xss', args: [0], kws: ['content'] },
    { call: 'starlette.responses.HTMLResponse', kind: 'xss', args: [0], kws: ['content'] },
    { call: 'fastapi.responses.RedirectResponse', kind: 'redirect', args: [0], kws: ['url'], fixedPrefix: true },
    { call: 'starlette.responses.RedirectResponse', kind: 'redirect', args: [0], kws: ['url'], fixedPrefix: true },
    { call: 'fastapi.responses.FileResponse', kind: 'path', args: [0], kws: ['path'] },
    { call: 'starlette.responses.FileResponse', kind: 'path', args: [0], kws: ['path'] },
  ],
  sanitizers: [],
  clean: ['fastapi.responses.JSONResponse', 'fastapi.HTTPException'],
};
