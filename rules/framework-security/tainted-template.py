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
