import flask
from flask import Flask, render_template, render_template_string, request

app = Flask(__name__)
PAGE = "<h1>Hello {{ name }}</h1>"


@app.route("/hello")
def hello():
    name = request.args.get("name", "")
    # ruleid: flask-render-template-string
    return render_template_string(f"<h1>Hello {name}</h1>")


@app.errorhandler(404)
def not_found(error):
    # ruleid: flask-render-template-string
    return flask.render_template_string("<h1>%s not found</h1>" % request.path), 404


@app.route("/preview", methods=["POST"])
def preview():
    source = request.form["template"]
    # ruleid: flask-render-template-string
    return render_template_string(source)


@app.route("/ok")
def ok():
    name = request.args.get("name", "")
    # ok: flask-render-template-string
    a = render_template_string("<h1>Hello {{ name }}</h1>", name=name)
    # ok: flask-render-template-string
    b = render_template_string(PAGE, name=name)
    # ok: flask-render-template-string
    c = render_template("hello.html", name=name)
    return a + b + c


# Look-alikes: a template source that is a local constant, or chosen from constants.
@app.route("/local")
def local():
    source = "<p>{{ name }}</p>"
    if request.args.get("bold"):
        source = "<b>{{ name }}</b>"
    # ok: flask-render-template-string
    return render_template_string(source, name=request.args.get("name", ""))


@app.route("/count")
def count():
    # ok: flask-render-template-string
    return render_template_string("<p>%d items</p>" % int(request.args["n"]))
