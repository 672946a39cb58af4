import os
from flask import Flask, request, send_file
from werkzeug.utils import secure_filename

app = Flask(__name__)
BASE = "/srv/files"


@app.route("/read")
def read():
    name = request.args["name"]
    path = os.path.join(BASE, name)
    # ruleid: tainted-path
    with open(path) as fh:
        return fh.read()


@app.route("/download/<name>")
def download(name):
    # ruleid: tainted-path
    return send_file(BASE + "/" + name)


@app.route("/safe")
def safe():
    name = secure_filename(request.args["name"])
    # ok: tainted-path
    return open(os.path.join(BASE, name)).read()


@app.route("/confined")
def confined():
    full = os.path.realpath(os.path.join(BASE, request.args["name"]))
    if not full.startswith(BASE + os.sep):
        return "no", 400
    # ok: tainted-path
    return open(full).read()


@app.route("/checked")
def checked():
    name = request.args["name"]
    if ".." in name or "/" in name:
        return "no", 400
    # ok: tainted-path
    return open(os.path.join(BASE, name)).read()


@app.route("/report/<int:year>")
def report(year):
    # ok: tainted-path
    return open(os.path.join(BASE, "report-%d.txt" % year)).read()


def read_config(name):
    # ok: tainted-path
    return open(os.path.join(BASE, name)).read()


import uuid
from pathlib import Path
from flask import abort, send_from_directory
from werkzeug.security import safe_join


# Look-alikes: a rejection guard, basename, safe_join, send_from_directory, resolve() + is_relative_to, an
# allow-list, coercion, folded constants and containers, a value overwritten on every path, the project's own
# validator; a guard on the wrong variable still fires.
@app.route("/guarded")
def guarded():
    name = request.args["name"]
    if "../" in name or name.startswith("/"):
        abort(400)
    # ok: tainted-path
    return open(BASE + "/" + name).read()


@app.route("/base")
def base():
    # ok: tainted-path
    return open(os.path.join(BASE, os.path.basename(request.args["name"]))).read()


@app.route("/joined")
def joined():
    path = safe_join(BASE, request.args["name"])
    if path is None:
        abort(404)
    # ok: tainted-path
    return open(path).read()


@app.route("/static-file")
def static_file():
    # ok: tainted-path
    return send_from_directory(BASE, request.args["name"])


@app.route("/resolved")
def resolved():
    target = (Path(BASE) / request.args["name"]).resolve()
    if not target.is_relative_to(BASE):
        abort(403)
    # ok: tainted-path
    return target.read_text()


DOCS = {"terms.txt", "privacy.txt"}


@app.route("/doc")
def doc():
    name = request.args["name"]
    if name not in DOCS:
        abort(404)
    # ok: tainted-path
    return open(os.path.join(BASE, name)).read()


@app.route("/export/<export_id>")
def export(export_id):
    # ok: tainted-path
    return open(os.path.join(BASE, "%s.csv" % uuid.UUID(export_id))).read()


@app.route("/folded")
def folded():
    name = request.args["name"]
    if 7 * 6 > 40:
        name = "index.txt"
    # ok: tainted-path
    first = open(os.path.join(BASE, name)).read()
    files = {"help": "help.txt", "user": request.args["name"]}
    # ok: tainted-path
    second = open(os.path.join(BASE, files["help"])).read()
    # ruleid: tainted-path
    third = open(os.path.join(BASE, files["user"])).read()
    return first + second + third


@app.route("/theme")
def theme():
    name = request.args["theme"]
    if request.args.get("dark"):
        name = "dark.css"
    else:
        name = "light.css"
    # ok: tainted-path
    return open(os.path.join(BASE, name)).read()


def valid_name(name):
    return name.isalnum()


@app.route("/validated")
def validated():
    name = request.args["name"]
    if not valid_name(name):
        abort(400)
    # ok: tainted-path
    return open(os.path.join(BASE, name)).read()


@app.route("/wrong-guard")
def wrong_guard():
    name = request.args["name"]
    other = request.args["other"]
    if ".." in other or "/" in other:
        abort(400)
    # ruleid: tainted-path
    return open(os.path.join(BASE, name)).read()


def require_plain_name(name):
    if ".." in name or "/" in name or "\\" in name:
        raise ValueError("bad file name")


@app.route("/raising")
def raising():
    name = request.args["name"]
    require_plain_name(name)
    # ok: tainted-path
    return open(os.path.join(BASE, name)).read()
