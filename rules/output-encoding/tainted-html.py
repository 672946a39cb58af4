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
