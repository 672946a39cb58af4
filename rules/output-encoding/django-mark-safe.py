# Cases from Bandit's examples/mark_safe_insecure.py and mark_safe_secure.py.
import os
from django.utils import safestring
from django.utils.html import format_html
from django.utils.safestring import mark_safe


def insecure_function(text, cls=''):
    return '<h1 class="{cls}">{text}</h1>'.format(text=text, cls=cls)


my_insecure_str = insecure_function('insecure', cls='" onload="alert(\'xss\')')
# ruleid: django-mark-safe
safestring.mark_safe(my_insecure_str)
# ruleid: django-mark-safe
safestring.SafeText(my_insecure_str)
# ruleid: django-mark-safe
safestring.SafeString(my_insecure_str)


def try_insecure(cls='" onload="alert(\'xss\')'):
    try:
        my_insecure_str = insecure_function('insecure', cls=cls)
    except Exception:
        my_insecure_str = 'Secure'
    # ruleid: django-mark-safe
    safestring.mark_safe(my_insecure_str)


def format_arg_insecure(cls='" onload="alert(\'xss\')'):
    # ruleid: django-mark-safe
    safestring.mark_safe('<b>{}</b>'.format(insecure_function('insecure', cls=cls)))


def star_args(*args):
    # ruleid: django-mark-safe
    mark_safe(*args)


def secure():
    # ok: django-mark-safe
    safestring.mark_safe('<b>secure</b>')
    # ok: django-mark-safe
    safestring.SafeBytes(b'<b>secure</b>')
    my_secure_str = '<b>Hello World</b>'
    # ok: django-mark-safe
    safestring.mark_safe(my_secure_str)
    # ok: django-mark-safe
    mark_safe('<p>' '<b>two literals</b>' '</p>')
    # format_html escapes its arguments: not this rule's business.
    # ok: django-mark-safe
    format_html('<b>{}</b>', os.environ.get('USER'))


class Widget:
    def render(self, value):
        # A method of another class named mark_safe.
        # ok: django-mark-safe
        return self.mark_safe(value)


# Bandit's examples/mark_safe_secure.py: text composed only of literals is not reported.
my_global_str = 'secure'


def format_secure():
    # ok: django-mark-safe
    safestring.mark_safe('<b>{}</b>'.format('secure'))
    my_secure_str = 'secure'
    # ok: django-mark-safe
    safestring.mark_safe('<b>{}</b>'.format(my_secure_str))
    # ok: django-mark-safe
    safestring.mark_safe('<b>{} {}</b>'.format(*[my_secure_str, 'a']))
    # ok: django-mark-safe
    safestring.mark_safe('<b>{b}</b>'.format(**{'b': my_secure_str}))
    my_secure_str = '<b>{}</b>'.format(my_secure_str)
    # ok: django-mark-safe
    safestring.mark_safe(my_secure_str)
    # ok: django-mark-safe
    safestring.mark_safe('<b>%(b)s</b>' % {'b': my_secure_str})
    # ok: django-mark-safe
    safestring.mark_safe(f'<b>{my_global_str}</b>')


def percent_insecure(cls):
    # ruleid: django-mark-safe
    safestring.mark_safe('<b>%s</b>' % cls)


# Look-alikes: text escaped or cleaned before it is marked safe.
import bleach
from django.utils.html import conditional_escape, escape
from lxml.html.clean import clean_html


def escaped(value):
    # ok: django-mark-safe
    a = mark_safe(escape(value))
    # ok: django-mark-safe
    b = mark_safe(conditional_escape(value))
    # ok: django-mark-safe
    c = mark_safe(format_html('<b>{}</b>', value))
    # ok: django-mark-safe
    d = mark_safe(bleach.clean(value))
    # ok: django-mark-safe
    e = mark_safe(clean_html(value))
    # ok: django-mark-safe
    f = mark_safe('<b>%s</b>' % escape(value))
    # ok: django-mark-safe
    g = mark_safe('<b>{}</b>'.format(escape(value)))
    # ruleid: django-mark-safe
    h = mark_safe('<b>%s</b>' % escape(value) + value)
    return a, b, c, d, e, f, g, h
