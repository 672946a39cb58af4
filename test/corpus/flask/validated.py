# Validators, guards, coercions and constants (issue 10): traps that a check has made safe, each beside the
# unchecked or wrongly checked look-alike that must still be reported.
import os
import re
import enum
import uuid
import sqlite3
import subprocess
from pathlib import Path
from flask import Flask, request, redirect, abort, Response, make_response
from validators_lib import is_slug, require_token

app = Flask(__name__)
db = sqlite3.connect("app.db")
BASE = "/srv/data"


class Region(enum.Enum):
    EU = "eu"
    US = "us"


@app.route("/v/1")
def dotdot_rejected():
    name = request.args["name"]
    if name.startswith("/"):
        abort(400)
    # ruleid: CWE-22
    open(os.path.join(BASE, name))
    if ".." in name or "/" in name:
        abort(400)
    # ok: CWE-22
    return open(os.path.join(BASE, name)).read()


@app.route("/v/2")
def quote_rejected():
    name = request.args["name"]
    if "'" in name:
        return "bad", 400
    # ok: CWE-89
    rows = db.execute("SELECT * FROM t WHERE name = '" + name + "'").fetchall()
    # ruleid: CWE-78
    os.system("echo " + name)
    return str(rows)


@app.route("/v/3")
def loop_continue():
    out = []
    for item in request.args.getlist("item"):
        if not re.fullmatch(r"[A-Za-z0-9_]+", item):
            continue
        # ok: CWE-78
        out.append(subprocess.check_output("wc -c " + item, shell=True))
    return str(out)


@app.route("/v/4/<int:uid>/<name>")
def converters(uid, name):
    # ok: CWE-89
    db.execute("SELECT * FROM u WHERE id = %s" % uid)
    # ruleid: CWE-89
    return str(db.execute("SELECT * FROM u WHERE name = '%s'" % name).fetchall())


@app.route("/v/5")
def coerced():
    region = Region(request.args["region"])
    token = uuid.UUID(request.args["token"])
    # ok: CWE-89
    db.execute(f"SELECT * FROM r WHERE region = '{region.value}' AND token = '{token}'")
    # ruleid: CWE-89
    return str(db.execute(f"SELECT * FROM r WHERE region = '{request.args['region']}'").fetchall())


@app.route("/v/6")
def contained():
    full = os.path.realpath(os.path.join(BASE, request.args["f"]))
    if os.path.commonpath([BASE, full]) != BASE:
        abort(404)
    # ok: CWE-22
    open(full).read()
    target = (Path(BASE) / request.args["g"]).resolve()
    if not target.is_relative_to(BASE):
        abort(404)
    # ok: CWE-22
    target.read_text()
    leaf = Path(request.args["h"]).name
    # ok: CWE-22
    open(os.path.join(BASE, leaf)).read()
    loose = Path(BASE) / request.args["i"]
    if not loose.is_relative_to(BASE):
        abort(404)
    # ruleid: CWE-22
    return loose.read_text()


@app.route("/v/7")
def local_redirect():
    nxt = request.args.get("next", "/")
    if nxt.startswith("/") and not nxt.startswith("//") and "\\" not in nxt:
        # ok: CWE-601
        return redirect(nxt)
    if nxt.startswith("/"):
        # ruleid: CWE-601
        return redirect(nxt)
    return redirect("/")


@app.route("/v/8")
def plain_text():
    # ok: CWE-79
    Response(request.args["q"], mimetype="text/plain")
    # ruleid: CWE-79
    return Response(request.args["q"], mimetype="text/html")


@app.route("/v/9")
def own_validators():
    slug = request.args["slug"]
    if not is_slug(slug):
        abort(400)
    # ok: CWE-78
    os.system("touch /tmp/" + slug)
    token = request.args["token"]
    require_token(token)
    # ok: CWE-78
    os.system("touch /tmp/" + token)
    other = request.args["other"]
    # ruleid: CWE-78
    os.system("touch /tmp/" + other)
    return "ok"


@app.route("/v/10")
def constants():
    user = request.args["u"]
    cmd = user
    if 7 * 6 > 40:
        cmd = "uptime"
    # ok: CWE-78
    os.system(cmd)
    parts = {"static": "date", "user": user}
    # ok: CWE-78
    os.system(parts["static"])
    # ruleid: CWE-78
    os.system(parts["user"])
    return make_response("ok")


def helper_not_a_route(path):
    # Library-style helper: its caller decides what reaches it; nothing here is untrusted.
    # ok: CWE-22
    return open(path).read()
