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
