import os
import shutil
import pathlib
from flask import Flask, request, send_file, send_from_directory, safe_join
from werkzeug.utils import secure_filename

app = Flask(__name__)
BASE = "/srv/data"


@app.route("/path/1")
def read_joined():
    name = request.args["name"]
    # ruleid: CWE-22
    with open(os.path.join(BASE, name)) as fh:
        return fh.read()


@app.route("/path/2/<filename>")
def send(filename):
    # ruleid: CWE-22
    return send_file(BASE + "/" + filename)


@app.route("/path/3", methods=["POST"])
def delete():
    target = request.form["file"]
    # ruleid: CWE-22
    os.remove(target)
    return "ok"


@app.route("/path/4")
def pathlib_read():
    p = pathlib.Path(BASE) / request.args["name"]
    # ruleid: CWE-22
    return p.read_text()


@app.route("/path/5")
def copy():
    src = request.args["src"]
    # ruleid: CWE-22
    shutil.copy(src, "/tmp/backup")
    return "ok"


@app.route("/path/6", methods=["POST"])
def upload():
    f = request.files["doc"]
    dest = os.path.join("/srv/uploads", f.filename)
    # ruleid: CWE-22
    with open(dest, "wb") as out:
        out.write(f.read())
    return "ok"


def load_template(name):
    path = "/srv/templates/" + name
    # ruleid: CWE-22
    return open(path).read()


@app.route("/path/7")
def through_helper():
    return load_template(request.args["t"])


@app.route("/path/8")
def rmtree_view():
    folder = request.values.get("dir")
    # ruleid: CWE-22
    shutil.rmtree(folder)
    return "ok"


@app.route("/path/9")
def listing():
    sub = request.args["sub"]
    # ruleid: CWE-22
    return str(os.listdir(os.path.join(BASE, sub)))


# ---- traps ----

@app.route("/path/t1")
def secure():
    name = secure_filename(request.args["name"])
    # ok: CWE-22
    return open(os.path.join(BASE, name)).read()


@app.route("/path/t2")
def basename_only():
    name = os.path.basename(request.args["name"])
    # ok: CWE-22
    return open(os.path.join(BASE, name)).read()


@app.route("/path/t3")
def from_directory():
    # ok: CWE-22
    return send_from_directory(BASE, request.args["name"])


@app.route("/path/t4")
def realpath_checked():
    full = os.path.realpath(os.path.join(BASE, request.args["name"]))
    if not full.startswith(BASE + os.sep):
        raise PermissionError(full)
    # ok: CWE-22
    return open(full).read()


@app.route("/path/t5")
def constant_file():
    request.args.get("name")
    # ok: CWE-22
    return open(os.path.join(BASE, "index.txt")).read()


@app.route("/path/t6")
def allow_list():
    name = request.args["report"]
    if name not in ("daily.csv", "weekly.csv"):
        return "no", 404
    # ok: CWE-22
    return send_file(os.path.join(BASE, name))


@app.route("/path/t7")
def safe_joined():
    path = safe_join(BASE, request.args["name"])
    # ok: CWE-22
    return open(path).read()


@app.route("/path/t8")
def int_id():
    n = int(request.args["n"])
    # ok: CWE-22
    return open(f"{BASE}/report-{n}.txt").read()


@app.route("/path/t9")
def overwritten():
    name = request.args["name"]
    name = "default.txt"
    # ok: CWE-22
    return open(os.path.join(BASE, name)).read()
