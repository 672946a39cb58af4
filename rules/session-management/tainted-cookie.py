from flask import Flask, request, make_response

app = Flask(__name__)


@app.route("/pref")
def pref():
    resp = make_response("ok")
    # ruleid: tainted-cookie
    resp.set_cookie("pref", request.args["pref"])
    # ok: tainted-cookie
    resp.set_cookie("pref2", request.args["pref"], secure=True, httponly=True, samesite="Lax")
    return resp


@app.route("/track")
def track():
    resp = make_response("ok")
    campaign = request.args.get("c", "")
    # ruleid: tainted-cookie
    resp.set_cookie("campaign", campaign, secure=True)
    # ok: tainted-cookie
    resp.set_cookie("seen", "1")
    return resp
