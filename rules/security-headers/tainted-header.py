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
