import html
from flask import Flask, request, make_response, render_template, jsonify

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "")
    # ruleid: tainted-html
    return "<h1>Hello " + name + "</h1>"


@app.route("/page")
def page():
    body = "<p>%s</p>" % request.args["q"]
    # ruleid: tainted-html
    return make_response(body)


@app.route("/escaped")
def escaped():
    name = html.escape(request.args["name"])
    # ok: tainted-html
    return "<h1>Hello " + name + "</h1>"


@app.route("/templated")
def templated():
    # ok: tainted-html
    return render_template("hello.html", name=request.args["name"])


@app.route("/api")
def api():
    # ok: tainted-html
    return jsonify(name=request.args["name"])


@app.route("/plain")
def plain():
    from flask import Response
    # ok: tainted-html
    return Response(request.args["q"], mimetype="text/plain")


@app.route("/constant")
def constant():
    greeting = {"title": "<h1>Hi</h1>", "user": request.args["name"]}
    # ok: tainted-html
    return make_response(greeting["title"])


def render_card(title):
    # ok: tainted-html
    return make_response("<h2>" + title + "</h2>")
