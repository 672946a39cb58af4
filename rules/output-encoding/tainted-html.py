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


import bleach
import markupsafe
from flask import abort


# Look-alikes: markupsafe and bleach, an allow-list, coercion, a rejection guard, folded constants, a value
# overwritten on every path, a JSON response; a guard on the wrong variable still fires.
@app.route("/marked")
def marked():
    # ok: tainted-html
    first = "<b>" + markupsafe.escape(request.args["name"]) + "</b>"
    # ok: tainted-html
    second = "<div>" + bleach.clean(request.args["bio"]) + "</div>"
    return first + second


COLOURS = ("red", "green")


@app.route("/colour")
def colour():
    name = request.args["c"]
    if name not in COLOURS:
        abort(400)
    # ok: tainted-html
    return "<p style='color:" + name + "'>hi</p>"


@app.route("/count")
def count():
    # ok: tainted-html
    return "<p>%d items</p>" % int(request.args["n"])


@app.route("/word")
def word():
    name = request.args["w"]
    if not name.isalnum():
        abort(400)
    # ok: tainted-html
    return "<p>" + name + "</p>"


@app.route("/folded")
def folded():
    name = request.args["name"]
    if 7 * 6 > 40:
        name = "guest"
    # ok: tainted-html
    return "<h1>Hello " + name + "</h1>"


@app.route("/either")
def either():
    title = request.args["t"]
    if request.args.get("long"):
        title = "Welcome back"
    else:
        title = "Hi"
    # ok: tainted-html
    return "<h1>" + title + "</h1>"


@app.route("/json")
def as_json():
    # ok: tainted-html
    resp = make_response('{"name": "%s"}' % request.args["name"])
    resp.mimetype = "application/json"
    return resp


@app.route("/text")
def as_text():
    # ok: tainted-html
    resp = make_response(request.args["q"])
    resp.headers["Content-Type"] = "text/plain; charset=utf-8"
    # ruleid: tainted-html
    maybe = make_response(request.args["q"])
    if request.args.get("raw"):
        maybe.mimetype = "text/plain"
    return resp if request.args.get("a") else maybe


@app.route("/wrong-guard")
def wrong_guard():
    name = request.args["name"]
    other = request.args["other"]
    if not other.isalnum():
        abort(400)
    # ruleid: tainted-html
    return "<p>" + name + "</p>"
