from django.utils.html import format_html, format_html_join
from django.utils import html
from django.utils.translation import gettext as _

LINK = '<a href="{}">{}</a>'


def bad(url, label, rows, template):
    # ruleid: django-format-html-preformatted
    a = format_html(f'<a href="{url}">{label}</a>')
    # ruleid: django-format-html-preformatted
    b = html.format_html('<b>{}</b>'.format(label))
    # ruleid: django-format-html-preformatted
    c = format_html('<b>%s</b>' % label)
    # ruleid: django-format-html-preformatted
    d = format_html_join('\n', '<li>' + label + ' {}</li>', rows)
    # ruleid: django-format-html-preformatted
    e = format_html(template, url)
    return a, b, c, d, e


def ok(url, label, rows):
    # ok: django-format-html-preformatted
    a = format_html('<a href="{}">{}</a>', url, label)
    # ok: django-format-html-preformatted
    b = format_html(LINK, url, label)
    # ok: django-format-html-preformatted
    c = format_html_join('\n', '<li>{}</li>', ((r,) for r in rows))
    row = '<tr><td>{}</td></tr>'
    # ok: django-format-html-preformatted
    d = format_html(row, label)
    # ok: django-format-html-preformatted
    e = '<b>{}</b>'.format(label)
    # ok: django-format-html-preformatted
    f = format_html(_("<b>{title}</b> was saved"), title=label)
    # ruleid: django-format-html-preformatted
    g = format_html(_("<b>{title}</b>").format(title=label))
    return a, b, c, d, e, f, g
