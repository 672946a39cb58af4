# Look-alikes that the data flow must tell apart: a sandboxed Jinja2 environment, a URL prefix that fixes the
# host, a response whose content type is set after it is built; each next to the vulnerable twin. A sandbox stops
# template code from running, but a user-written template returned as the page is still reflected HTML.
import requests
from jinja2 import Environment
from jinja2.sandbox import SandboxedEnvironment
from flask import Flask, abort, make_response, redirect, request

app = Flask(__name__)
sandbox = SandboxedEnvironment()
env = Environment()


@app.route("/tpl/sandboxed", methods=["POST"])
def sandboxed():
    # ok: CWE-1336
    # ruleid: CWE-79
    return sandbox.from_string(request.form["template"]).render()


@app.route("/tpl/plain", methods=["POST"])
def plain_env():
    # ruleid: CWE-1336
    return env.from_string(request.form["template"]).render()


@app.route("/tpl/inline", methods=["POST"])
def inline_sandbox():
    # ok: CWE-1336
    # ruleid: CWE-79
    return SandboxedEnvironment().from_string(request.form["template"]).render()


@app.route("/fetch/pinned")
def pinned():
    url = request.args["url"]
    if not url.startswith("https://api.example.com/"):
        abort(400)
    # ok: CWE-918
    return requests.get(url, timeout=5).text


@app.route("/fetch/scheme")
def scheme_only():
    url = request.args["url"]
    if not url.startswith("https://"):
        abort(400)
    # ruleid: CWE-918
    return requests.get(url, timeout=5).text


@app.route("/fetch/host-no-slash")
def host_no_slash():
    url = request.args["url"]
    if not url.startswith("https://api.example.com"):
        abort(400)
    # ruleid: CWE-918
    return requests.get(url, timeout=5).text


@app.route("/next/account")
def account_next():
    target = request.args.get("next", "/")
    if target.startswith("/account/"):
        # ok: CWE-601
        return redirect(target)
    return redirect("/")


@app.route("/echo/json")
def echo_json():
    # ok: CWE-79
    resp = make_response('{"q": "%s"}' % request.args["q"])
    resp.mimetype = "application/json"
    return resp


@app.route("/echo/html")
def echo_html():
    # ruleid: CWE-79
    resp = make_response("<p>%s</p>" % request.args["q"])
    resp.mimetype = "text/html"
    return resp


@app.route("/echo/maybe")
def echo_maybe():
    # ruleid: CWE-79
    resp = make_response(request.args["q"])
    if request.args.get("plain"):
        resp.headers["Content-Type"] = "text/plain"
    return resp
