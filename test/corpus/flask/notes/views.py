import subprocess
from flask import Blueprint, request
from . import storage
from .storage import find_notes, clean_tag, recursive_depth

bp = Blueprint("notes", __name__)


@bp.route("/notes/<name>")
def show(name):
    return storage.read_note(name)


@bp.route("/notes")
def listing():
    rows = find_notes(request.args["owner"], request.args.get("tag", "misc"))
    return {"rows": rows}


@bp.route("/notes/count")
def count():
    return {"n": storage.count_notes(request.args["owner"])}


@bp.route("/notes/clean")
def cleaned():
    tag = clean_tag(request.args["tag"])
    # ok: CWE-78
    subprocess.run("index-notes --tag " + tag, shell=True)
    return "ok"


@bp.route("/notes/deep")
def deep():
    path = recursive_depth(request.args["p"], 3)
    # ruleid: CWE-78
    subprocess.run("ls " + path, shell=True)
    return "ok"
