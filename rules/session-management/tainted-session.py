from flask import Flask, request, session

app = Flask(__name__)
ROLES = ("viewer", "editor")


@app.route("/prefs")
def prefs():
    # ruleid: tainted-session
    session["theme"] = request.args["theme"]
    return "ok"


@app.route("/role")
def role():
    wanted = request.args["role"]
    # ruleid: tainted-session
    session["role"] = wanted
    if wanted in ROLES:
        # ok: tainted-session
        session["checked_role"] = wanted
    # ok: tainted-session
    session["visits"] = 1
    return "ok"


import re
from flask import abort


# Look-alikes: coercion, equality with a constant, a rejection guard, folded constants and containers, a value
# overwritten on every path, a library function's parameter; a guard on the wrong variable still fires.
@app.route("/page")
def page():
    # ok: tainted-session
    session["page"] = int(request.args["page"])
    mode = request.args["mode"]
    if mode == "compact":
        # ok: tainted-session
        session["mode"] = mode
    lang = request.args["lang"]
    if not re.fullmatch(r"[a-z]{2}", lang):
        abort(400)
    # ok: tainted-session
    session["lang"] = lang
    return "ok"


@app.route("/folded")
def folded():
    theme = request.args["theme"]
    if 7 * 6 > 40:
        theme = "light"
    # ok: tainted-session
    session["theme"] = theme
    values = {"fixed": "light", "user": request.args["theme"]}
    # ok: tainted-session
    session["fixed"] = values["fixed"]
    # ruleid: tainted-session
    session["user"] = values["user"]
    return "ok"


@app.route("/either")
def either():
    theme = request.args["theme"]
    if request.args.get("dark"):
        theme = "dark"
    else:
        theme = "light"
    # ok: tainted-session
    session["theme"] = theme
    return "ok"


def remember_choice(choice):
    # ok: tainted-session
    session["choice"] = choice


@app.route("/wrong-guard")
def wrong_guard():
    wanted = request.args["role"]
    other = request.args["other"]
    if other not in ROLES:
        abort(400)
    # ruleid: tainted-session
    session["role"] = wanted
    return "ok"
