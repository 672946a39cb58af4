// A query string percent-encoded by QueryDict.urlencode() or django.utils.http.urlencode cannot carry markup:
// mark_safe over it is not cross-site scripting; the raw query value still is.
import { describe, expect, it } from 'vitest';
import { lines, scanProject } from './helpers.js';

describe('URL-encoding clears markup', () => {
  it('mark_safe("?" + request.GET.copy().urlencode()) is quiet; mark_safe of a raw GET value is reported', async () => {
    const r = await scanProject({
      'shop/views.py': [
        'from django.utils.safestring import mark_safe',
        'from django.utils.http import urlencode',
        'from django.views.decorators.http import require_GET',
        '@require_GET',
        'def sort_link(request):',
        '    q = request.GET.copy()',
        '    q["sort"] = request.GET.get("sort", "")',
        '    a = mark_safe("?" + q.urlencode())',
        '    b = mark_safe("?" + urlencode({"page": request.GET["page"]}))',
        '    c = mark_safe(request.GET["sort"])',
        '    return a, b, c',
      ].join('\n'),
    });
    const xss = lines(r).filter((l) => l.endsWith(' tainted-html'));
    expect(xss.some((l) => l.startsWith('shop/views.py:10 '))).toBe(true);
    expect(xss.filter((l) => l.startsWith('shop/views.py:8 ') || l.startsWith('shop/views.py:9 '))).toEqual([]);
  });
});
