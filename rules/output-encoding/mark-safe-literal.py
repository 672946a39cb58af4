from django.utils import safestring
from django.utils.safestring import mark_safe
from django.utils.html import format_html

GREETING = "<b>Hello</b>"


def labels(user):
    # ruleid: mark-safe-literal
    a = safestring.mark_safe("<b>secure</b>")
    # ruleid: mark-safe-literal
    b = mark_safe(GREETING)
    # ok: mark-safe-literal
    c = mark_safe(f"<b>{user.name}</b>")
    # ok: mark-safe-literal
    d = format_html("<b>{}</b>", user.name)
    # ok: mark-safe-literal
    e = safestring.SafeText("<i>x</i>")
    return a, b, c, d, e
