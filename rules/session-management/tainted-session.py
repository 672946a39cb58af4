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
