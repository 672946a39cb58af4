from flask import Flask, request, make_response

app = Flask(__name__)


@app.route("/lang")
def lang():
    resp = make_response("ok")
    # ruleid: tainted-header
    resp.headers["X-Lang"] = request.args["lang"]
    # ok: tainted-header
    resp.headers["X-Lang-Clean"] = request.args["lang"].replace("\r", "").replace("\n", "")
    return resp


@app.route("/ref")
def ref():
    resp = make_response("ok")
    ref = request.headers.get("Referer", "")
    # ruleid: tainted-header
    resp.headers["X-From"] = "from " + ref
    # ok: tainted-header
    resp.headers["X-Static"] = "static"
    return resp


@app.route("/lang-checked")
def lang_checked():
    resp = make_response("ok")
    lang = request.args["lang"]
    if lang not in ("en", "fr", "de"):
        lang = "en"
    # ok: tainted-header
    resp.headers["X-Lang"] = lang
    return resp


def forward_headers(environ_headers):
    headers = [(k, v) for k, v in environ_headers]
    # ok: tainted-header
    headers[:] = [(k, v) for k, v in headers if k.lower() != "host"]
    return headers


from urllib.parse import quote
from flask import abort


# Look-alikes: a rejection guard on CR/LF, coercion, URL quoting, folded constants and containers, a value
# overwritten on every path, a library function's parameter; a guard on the wrong variable still fires.
@app.route("/guarded")
def guarded():
    resp = make_response("ok")
    value = request.args["v"]
    if "\n" in value or "\r" in value:
        abort(400)
    # ok: tainted-header
    resp.headers["X-Value"] = value
    # ok: tainted-header
    resp.headers["X-Count"] = str(int(request.args["n"]))
    # ok: tainted-header
    resp.headers["Location"] = "/search?q=" + quote(request.args["q"])
    return resp


@app.route("/folded")
def folded():
    resp = make_response("ok")
    value = request.args["v"]
    if 7 * 6 > 40:
        value = "none"
    # ok: tainted-header
    resp.headers["X-Value"] = value
    values = {"fixed": "1", "user": request.args["v"]}
    # ok: tainted-header
    resp.headers["X-Fixed"] = values["fixed"]
    # ruleid: tainted-header
    resp.headers["X-User"] = values["user"]
    return resp


@app.route("/either")
def either():
    resp = make_response("ok")
    value = request.args["v"]
    if request.args.get("long"):
        value = "max-age=3600"
    else:
        value = "no-cache"
    # ok: tainted-header
    resp.headers["Cache-Control"] = value
    return resp


def tag_response(resp, tag):
    # ok: tainted-header
    resp.headers["X-Tag"] = tag
    return resp


@app.route("/wrong-guard")
def wrong_guard():
    resp = make_response("ok")
    value = request.args["v"]
    other = request.args["o"]
    if "\n" in other or "\r" in other:
        abort(400)
    # ruleid: tainted-header
    resp.headers["X-Value"] = value
    return resp
