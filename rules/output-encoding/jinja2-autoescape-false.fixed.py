# Bandit's examples/jinja2_templating.py (Bandit reports the same 5 calls).
import jinja2
from jinja2 import Environment, select_autoescape
templateLoader = jinja2.FileSystemLoader( searchpath="/" )
something = ''

# ok: jinja2-autoescape-false
Environment(loader=templateLoader, load=templateLoader, autoescape=True)
# ok: jinja2-autoescape-false
templateEnv = jinja2.Environment(autoescape=True,
        loader=templateLoader )
# ruleid: jinja2-autoescape-false
Environment(loader=templateLoader, load=templateLoader, autoescape=True)
# ruleid: jinja2-autoescape-false
templateEnv = jinja2.Environment(autoescape=True, loader=templateLoader )
# ruleid: jinja2-autoescape-false
Environment(loader=templateLoader,
            load=templateLoader,
            autoescape=True)

# ruleid: jinja2-autoescape-false
Environment(loader=templateLoader,
            load=templateLoader, autoescape=True)

# ok: jinja2-autoescape-false
Environment(loader=templateLoader, autoescape=select_autoescape())

# ok: jinja2-autoescape-false
Environment(loader=templateLoader,
            autoescape=select_autoescape(['html', 'htm', 'xml']))

# ok: jinja2-autoescape-false
Environment(loader=templateLoader,
            autoescape=jinja2.select_autoescape(['html', 'htm', 'xml']))


def fake_func():
    return 'foobar'
# ruleid: jinja2-autoescape-false
Environment(loader=templateLoader, autoescape=fake_func())


def look_alikes(options, Environment2):
    # Options may carry autoescape; not reported.
    # ok: jinja2-autoescape-false
    jinja2.Environment(**options)
    # A different class named Environment.
    # ok: jinja2-autoescape-false
    Environment2(loader=templateLoader)
    # todoruleid: jinja2-autoescape-false
    return jinja2.Template("Hello {{ name }}")
