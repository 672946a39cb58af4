// Flask / Werkzeug model: `flask.request` data and route parameters as sources; Flask's response, redirect,
// template, file and session sinks; Werkzeug's and MarkupSafe's sanitizers.
import { NOT_HTML } from './content-types.js';
import type { FrameworkModel } from './types.js';

const NON_HTML_RESPONSE = [
  { name: 'mimetype', matches: NOT_HTML },
  { name: 'content_type', matches: NOT_HTML },
];

const REQUEST_DATA = [
  'args',
  'form',
  'values',
  'json',
  'cookies',
  'headers',
  'data',
  'files',
  'view_args',
  'stream',
  'environ',
  'path',
  'full_path',
  'url',
  'base_url',
  'query_string',
  'host',
  'referrer',
  'user_agent',
  'authorization',
  'remote_user',
];

export const FLASK: FrameworkModel = {
  id: 'flask',
  modules: ['flask', 'werkzeug', 'quart'],
  sourceKind: 'remote',
  sources: {
    reads: REQUEST_DATA.flatMap((a) => [`flask.request.${a}`, `quart.request.${a}`]),
    calls: ['flask.request.get_json', 'flask.request.get_data', 'quart.request.get_json', 'quart.request.get_data'],
    routeDecorators: ['route', 'get', 'post', 'put', 'delete', 'patch'],
  },
  sinks: [
    { call: 'flask.make_response', kind: 'xss', args: [0] },
    { call: 'flask.Response', kind: 'xss', args: [0], kws: ['response'], unlessKws: NON_HTML_RESPONSE },
    { call: 'werkzeug.wrappers.Response', kind: 'xss', args: [0], kws: ['response'], unlessKws: NON_HTML_RESPONSE },
    { call: 'flask.Markup', kind: 'xss', args: [0] },
    { call: 'markupsafe.Markup', kind: 'xss', args: [0] },
    { call: 'flask.render_template_string', kind: 'ssti', args: [0], kws: ['source'] },
    { call: 'flask.redirect', kind: 'redirect', args: [0], kws: ['location'], fixedPrefix: true },
    { call: 'werkzeug.utils.redirect', kind: 'redirect', args: [0], kws: ['location'], fixedPrefix: true },
    { call: 'flask.send_file', kind: 'path', args: [0], kws: ['path_or_file', 'filename_or_fp'] },
    { call: '.set_cookie', kind: 'cookie', args: [1], kws: ['value'], unlessAllKw: ['secure', 'httponly'] },
  ],
  sanitizers: [
    { call: 'werkzeug.utils.secure_filename', clears: ['path', 'command'] },
    { call: 'werkzeug.secure_filename', clears: ['path', 'command'] },
    { call: 'werkzeug.utils.safe_join', clears: ['path'] },
    { call: 'werkzeug.security.safe_join', clears: ['path'] },
    { call: 'flask.safe_join', clears: ['path'] },
    { call: 'flask.escape', clears: ['xss', 'ssti'] },
    { call: 'markupsafe.escape', clears: ['xss', 'ssti'] },
    { call: 'flask.url_for', clears: 'all' },
  ],
  clean: ['flask.render_template', 'flask.jsonify', 'flask.send_from_directory', 'flask.abort'],
};
