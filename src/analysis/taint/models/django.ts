// Django and Django REST Framework model: request data and URL kwargs as sources; raw SQL, responses,
// redirects and `mark_safe` as sinks; Django's escaping and URL checks as sanitizers.
import { NOT_HTML } from './content-types.js';
import type { FrameworkModel } from './types.js';

export const DJANGO: FrameworkModel = {
  id: 'django',
  modules: ['django', 'rest_framework'],
  sourceKind: 'remote',
  sources: {
    requestAttrs: [
      'GET',
      'POST',
      'COOKIES',
      'META',
      'body',
      'FILES',
      'data',
      'query_params',
      'headers',
      'path',
      'path_info',
      'content_params',
    ],
    requestMethods: ['get_full_path', 'build_absolute_uri', 'read', 'readline'],
    viewKwargs: true,
  },
  sinks: [
    { call: '.raw', kind: 'sql', args: [0], kws: ['raw_query'], requires: ['django'] },
    { call: '.extra', kind: 'sql', kws: ['where', 'select', 'tables', 'order_by'], requires: ['django'] },
    { call: 'django.db.models.expressions.RawSQL', kind: 'sql', args: [0] },
    { call: 'django.db.models.RawSQL', kind: 'sql', args: [0] },
    {
      call: 'django.http.HttpResponse',
      kind: 'xss',
      args: [0],
      kws: ['content'],
      unlessKw: { name: 'content_type', matches: NOT_HTML, position: 1 },
    },
    {
      call: 'django.http.response.HttpResponse',
      kind: 'xss',
      args: [0],
      kws: ['content'],
      unlessKw: { name: 'content_type', matches: NOT_HTML, position: 1 },
    },
    { call: 'django.utils.safestring.mark_safe', kind: 'xss', args: [0] },
    { call: 'django.utils.html.format_html', kind: 'xss', args: [0] },
    { call: 'django.http.HttpResponseRedirect', kind: 'redirect', args: [0], fixedPrefix: true },
    { call: 'django.http.HttpResponsePermanentRedirect', kind: 'redirect', args: [0], fixedPrefix: true },
    { call: 'django.shortcuts.redirect', kind: 'redirect', args: [0], fixedPrefix: true },
    { call: 'django.template.Template', kind: 'ssti', args: [0] },
    { call: 'django.template.engines.from_string', kind: 'ssti', args: [0] },
  ],
  sanitizers: [
    { call: 'django.utils.html.escape', clears: ['xss', 'ssti'] },
    // format_html escapes every argument but the format string (itself checked as a sink).
    { call: 'django.utils.html.format_html', clears: ['xss', 'ssti'] },
    { call: 'django.utils.html.format_html_join', clears: ['xss', 'ssti'] },
    { call: 'django.utils._os.safe_join', clears: ['path'] },
    { call: 'django.utils.html.conditional_escape', clears: ['xss', 'ssti'] },
    { call: 'django.utils.html.strip_tags', clears: ['xss'] },
    { call: 'django.utils.text.get_valid_filename', clears: ['path'] },
    { call: 'django.shortcuts.get_object_or_404', clears: 'all' },
    { call: 'django.urls.reverse', clears: 'all' },
    // Percent-encoding leaves no `<`, `>`, quote or newline: a query string built so cannot open markup or a header.
    { call: 'django.utils.http.urlencode', clears: ['header', 'log', 'xss', 'command'] },
    { call: '.urlencode', clears: ['header', 'log', 'xss'] }, // QueryDict.urlencode()
  ],
  clean: ['django.shortcuts.render', 'django.http.JsonResponse', 'django.template.loader.render_to_string'],
};
