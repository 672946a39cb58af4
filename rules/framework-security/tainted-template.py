import jinja2
from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.route("/greet")
def greet():
    name = request.args["name"]
    # ruleid: tainted-template
    return render_template_string("<p>Hello " + name + "</p>")


@app.route("/custom")
def custom():
    source = request.form["template"]
    # ruleid: tainted-template
    return jinja2.Template(source).render()


@app.route("/safe")
def safe():
    # ok: tainted-template
    return render_template_string("<p>Hello {{ name }}</p>", name=request.args["name"])


@app.route("/const")
def const():
    tpl = "<p>{{ x }}</p>"
    # ok: tainted-template
    return jinja2.Template(tpl).render(x=request.args["x"])


from jinja2.sandbox import SandboxedEnvironment
from flask import abort


# Look-alikes: a sandboxed environment, a library helper's parameter, an allow-list, folded constants and
# containers, a value overwritten on every path; a guard on the wrong variable still fires.
sandbox = SandboxedEnvironment()
env = jinja2.Environment()


@app.route("/sandboxed")
def sandboxed():
    # ok: tainted-template
    return sandbox.from_string(request.form["template"]).render()


def render_string(source, **context):
    # ok: tainted-template
    return env.from_string(source).render(**context)


TEMPLATES = {"<p>{{ a }}</p>", "<b>{{ a }}</b>"}


@app.route("/listed")
def listed():
    source = request.form["template"]
    if source not in TEMPLATES:
        abort(400)
    # ok: tainted-template
    return render_template_string(source, a=1)


@app.route("/folded")
def folded():
    source = request.form["template"]
    if 7 * 6 > 40:
        source = "<p>{{ a }}</p>"
    # ok: tainted-template
    return render_template_string(source, a=1)


@app.route("/parts")
def parts():
    parts = {"head": "<h1>{{ t }}</h1>", "body": request.form["body"]}
    # ok: tainted-template
    head = render_template_string(parts["head"], t="x")
    # ruleid: tainted-template
    body = render_template_string(parts["body"])
    return head + body


@app.route("/either")
def either():
    source = request.form["template"]
    if request.args.get("bold"):
        source = "<b>{{ a }}</b>"
    else:
        source = "<p>{{ a }}</p>"
    # ok: tainted-template
    return render_template_string(source, a=1)


@app.route("/wrong-guard")
def wrong_guard():
    source = request.form["template"]
    other = request.form["other"]
    if other not in TEMPLATES:
        abort(400)
    # ruleid: tainted-template
    return render_template_string(source)
