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


# Look-alikes: coercion, an allow-list, folded constants and containers, a value overwritten on every path, a
# library function's parameter.
THEMES = ("light", "dark")


@app.route("/theme")
def theme():
    resp = make_response("ok")
    name = request.args["theme"]
    if name in THEMES:
        # ok: tainted-cookie
        resp.set_cookie("theme", name)
    # ok: tainted-cookie
    resp.set_cookie("page", str(int(request.args["page"])))
    return resp


@app.route("/folded")
def folded():
    resp = make_response("ok")
    value = request.args["v"]
    if 7 * 6 > 40:
        value = "1"
    # ok: tainted-cookie
    resp.set_cookie("v", value)
    values = {"fixed": "1", "user": request.args["v"]}
    # ok: tainted-cookie
    resp.set_cookie("fixed", values["fixed"])
    # ruleid: tainted-cookie
    resp.set_cookie("user", values["user"])
    return resp


@app.route("/either")
def either():
    resp = make_response("ok")
    value = request.args["v"]
    if request.args.get("a"):
        value = "a"
    else:
        value = "b"
    # ok: tainted-cookie
    resp.set_cookie("v", value)
    return resp


def remember(resp, value):
    # ok: tainted-cookie
    resp.set_cookie("remember", value)
    return resp
