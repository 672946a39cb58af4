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
