import html
import bleach
from markupsafe import Markup, escape
from flask import Flask, request, make_response, render_template, jsonify, Response

app = Flask(__name__)


@app.route("/xss/1")
def greet():
    name = request.args.get("name", "")
    # ruleid: CWE-79
    return "<h1>Hello " + name + "</h1>"


@app.route("/xss/2")
def fstring_page():
    q = request.args["q"]
    body = f"<p>You searched for {q}</p>"
    # ruleid: CWE-79
    return make_response(body)


@app.route("/xss/3")
def markup():
    bio = request.form["bio"]
    # ruleid: CWE-79
    return render_template("p.html", bio=Markup(bio))


@app.route("/xss/4")
def response_obj():
    # ruleid: CWE-79
    return Response("<div>" + request.args["msg"] + "</div>", mimetype="text/html")


@app.route("/xss/5")
def accumulate():
    out = "<ul>"
    for item in request.args.getlist("item"):
        out += "<li>" + item + "</li>"
    out += "</ul>"
    # ruleid: CWE-79
    return out


@app.route("/xss/6")
def status_tuple():
    err = request.args["err"]
    # ruleid: CWE-79
    return "<b>" + err + "</b>", 400


@app.route("/xss/7")
def cookie_echo():
    theme = request.cookies.get("theme", "light")
    # ruleid: CWE-79
    return "<body class='%s'>" % theme


# ---- traps ----

@app.route("/xss/t1")
def escaped():
    name = html.escape(request.args["name"])
    # ok: CWE-79
    return "<h1>Hello " + name + "</h1>"


@app.route("/xss/t2")
def templated():
    # ok: CWE-79
    return render_template("hello.html", name=request.args["name"])


@app.route("/xss/t3")
def json_api():
    # ok: CWE-79
    return jsonify(result=request.args["q"])


@app.route("/xss/t4")
def dict_response():
    # ok: CWE-79
    return {"echo": request.args["q"]}


@app.route("/xss/t5")
def bleached():
    bio = bleach.clean(request.form["bio"])
    # ok: CWE-79
    return make_response("<p>" + bio + "</p>")


@app.route("/xss/t6")
def markupsafe_escape():
    # ok: CWE-79
    return "<p>" + escape(request.args["q"]) + "</p>"


@app.route("/xss/t7")
def number():
    n = int(request.args["n"])
    # ok: CWE-79
    return "<p>" + str(n * 2) + "</p>"


@app.route("/xss/t8")
def constant_markup():
    request.args.get("q")
    # ok: CWE-79
    return Markup("<b>static</b>")


def escape_for_html(text):
    # A project helper defined elsewhere in real code; here it wraps html.escape.
    return html.escape(text)


@app.route("/xss/t9")
def helper_escaped():
    # ok: CWE-79
    return "<p>" + escape_for_html(request.args["q"]) + "</p>"
