// aiohttp model: server request data as sources; the aiohttp client as an SSRF sink; web responses as XSS sinks.
import type { FrameworkModel } from './types.js';

export const AIOHTTP: FrameworkModel = {
  id: 'aiohttp',
  modules: ['aiohttp'],
  sourceKind: 'remote',
  sources: {
    requestAttrs: ['query', 'match_info', 'rel_url', 'headers', 'cookies', 'path', 'raw_path', 'query_string'],
    requestMethods: ['post', 'json', 'text', 'read', 'multipart'],
  },
  sinks: [
    ...['get', 'post', 'put', 'delete', 'patch', 'head', 'request', 'ws_connect', 'stream'].map((m) => ({
      call: `.${m}`,
      kind: 'ssrf' as const,
      args: [m === 'request' || m === 'stream' ? 1 : 0],
      kws: ['url'],
      fixedPrefix: true,
      requires: ['aiohttp', 'httpx', 'requests'],
      receiver: '(client|session|http|sess)$',
    })),
    { call: 'aiohttp.web.Response', kind: 'xss', kws: ['text', 'body'] },
    { call: 'aiohttp.web.HTTPFound', kind: 'redirect', args: [0], kws: ['location'], fixedPrefix: true },
  ],
  sanitizers: [],
  clean: ['aiohttp.web.json_response'],
};
