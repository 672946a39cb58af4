import jinja2
from jinja2 import Environment, Template, select_autoescape
from jinja2.sandbox import SandboxedEnvironment

env = Environment(autoescape=select_autoescape())
sandbox = SandboxedEnvironment()


def greet(name, user_template):
    # ruleid: jinja2-template-from-string
    a = Template(f"Hello {name}!").render()
    # ruleid: jinja2-template-from-string
    b = env.from_string("<p>" + name + "</p>").render()
    # ruleid: jinja2-template-from-string
    c = jinja2.Template(user_template).render()
    # ok: jinja2-template-from-string
    d = Template("Hello {{ name }}!").render(name=name)
    # ok: jinja2-template-from-string
    e = env.from_string("<p>{{ name }}</p>").render(name=name)
    # User-authored templates belong in the sandbox.
    # ok: jinja2-template-from-string
    f = sandbox.from_string(user_template).render()
    return a, b, c, d, e, f


def paged(page, rows):
    # Numbers formatted into the source hold no template syntax.
    # ok: jinja2-template-from-string
    g = Template("<p>Page %d of %d</p>" % (int(page), len(rows))).render()
    # ruleid: jinja2-template-from-string
    h = Template("<p>Page %d of %s</p>" % (int(page), rows)).render()
    return g, h
