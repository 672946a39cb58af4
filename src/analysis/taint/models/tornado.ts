// Tornado model: `RequestHandler.get_argument` and friends as sources; `write`/`redirect` as sinks.
import type { FrameworkModel } from './types.js';

export const TORNADO: FrameworkModel = {
  id: 'tornado',
  modules: ['tornado'],
  sourceKind: 'remote',
  sources: {
    selfMethods: [
      'get_argument',
      'get_arguments',
      'get_query_argument',
      'get_query_arguments',
      'get_body_argument',
      'get_body_arguments',
      'get_cookie',
      'get_secure_cookie',
      'decode_argument',
    ],
    reads: [],
  },
  sinks: [
    { call: '.write', kind: 'xss', args: [0], requires: ['tornado'] },
    { call: '.finish', kind: 'xss', args: [0], requires: ['tornado'] },
    { call: '.redirect', kind: 'redirect', args: [0], fixedPrefix: true, requires: ['tornado'] },
    { call: 'tornado.template.Template', kind: 'ssti', args: [0] },
  ],
  sanitizers: [{ call: 'tornado.escape.xhtml_escape', clears: ['xss', 'ssti'] }],
};
