# Propagation forms the analysis must follow (expect) and near-misses it must not report (safe).
import os
import sqlite3
from dataclasses import dataclass
from flask import Flask, request

app = Flask(__name__)
db = sqlite3.connect("p.db")


@app.route("/p/unpack")
def unpack():
    a, b = request.args["a"], "constant"
    # ruleid: CWE-78
    os.system("echo " + a)
    # ok: CWE-78
    os.system("echo " + b)
    return "ok"


@app.route("/p/unpack-call")
def unpack_call():
    first, rest = request.args["x"].split(",", 1)
    # ruleid: CWE-78
    os.system("echo " + rest)
    return "ok"


@app.route("/p/dict")
def dict_keys():
    m = {}
    m["keyA"] = "a-value"
    m["keyB"] = request.args["b"]
    # ok: CWE-89
    db.execute("SELECT * FROM t WHERE x = '" + m["keyA"] + "'")
    # ruleid: CWE-89
    db.execute("SELECT * FROM t WHERE x = '" + m["keyB"] + "'")
    return "ok"


@app.route("/p/list")
def list_ops():
    values = ["safe"]
    values.append(request.args["v"])
    # ruleid: CWE-89
    db.execute("SELECT * FROM t WHERE x IN ('" + "','".join(values) + "')")
    return "ok"


@app.route("/p/comprehension")
def comprehension():
    names = [n.strip() for n in request.args["names"].split(",")]
    # ruleid: CWE-89
    db.execute("SELECT * FROM t WHERE name = '" + names[0] + "'")
    lengths = [len(n) for n in names]
    # ok: CWE-89
    db.execute("SELECT * FROM t WHERE size = %d" % lengths[0])
    return "ok"


@app.route("/p/walrus")
def walrus():
    if (q := request.args.get("q")) is not None:
        # ruleid: CWE-89
        db.execute(f"SELECT * FROM t WHERE q = '{q}'")
    return "ok"


@app.route("/p/with")
def with_as():
    with open("/srv/data/" + os.path.basename(request.args["f"])) as fh:
        content = fh.read()
    # ok: CWE-22
    return str(len(open("/srv/data/index").read() + content))


@app.route("/p/branches")
def branches():
    if request.args.get("mode") == "a":
        cmd = "echo " + request.args["x"]
    else:
        cmd = "echo default"
    # ruleid: CWE-78
    os.system(cmd)
    return "ok"


@app.route("/p/both-clean")
def both_clean():
    if request.args.get("mode") == "a":
        cmd = "echo a"
    else:
        cmd = "echo b"
    # ok: CWE-78
    os.system(cmd)
    return "ok"


@app.route("/p/ternary-constant")
def ternary_constant():
    param = request.args["x"]
    bar = "constant" if True else param
    # ok: CWE-78
    os.system("echo " + bar)
    return "ok"


@app.route("/p/loop")
def loop():
    acc = ""
    for part in request.args.getlist("p"):
        acc = acc + part
    # ruleid: CWE-78
    os.system("echo " + acc)
    return "ok"


@app.route("/p/try")
def try_except():
    try:
        value = request.args["v"]
    except KeyError:
        value = "none"
    # ruleid: CWE-78
    os.system("echo " + value)
    return "ok"


def produce():
    yield request.args["g"]


@app.route("/p/yield")
def from_generator():
    for item in produce():
        # ruleid: CWE-78
        os.system("echo " + item)
    return "ok"


@dataclass
class Query:
    text: str


class Repo:
    def __init__(self, table):
        self.table = table

    def select(self, where):
        # ruleid: CWE-89
        return db.execute("SELECT * FROM " + self.table + " WHERE " + where)

    def select_param(self, value):
        # ok: CWE-89
        return db.execute("SELECT * FROM items WHERE v = ?", (value,))


@app.route("/p/method")
def method_call():
    repo = Repo("items")
    repo.select_param(request.args["v"])
    return str(repo.select(request.args["w"]))


@app.route("/p/self-method")
def self_fields():
    q = Query(text=request.args["t"])
    # ruleid: CWE-89
    db.execute(q.text)
    return "ok"


@app.route("/p/string-methods")
def string_methods():
    name = request.args["n"].strip().lower().replace(" ", "_")
    # ruleid: CWE-22
    open("/srv/" + name).read()
    count = request.args["n"].count("a")
    # ok: CWE-22
    open("/srv/file%d" % count).read()
    return "ok"


@app.route("/p/startswith-not-normalised")
def prefix_without_realpath():
    path = "/srv/public/" + request.args["p"]
    if not path.startswith("/srv/public/"):
        return "no", 400
    # ruleid: CWE-22
    return open(path).read()


@app.route("/p/isinstance")
def typed_check():
    raw = request.get_json()["n"]
    if not isinstance(raw, int):
        return "bad", 400
    # ok: CWE-89
    db.execute("SELECT * FROM t LIMIT %s" % raw)
    return "ok"


@app.route("/p/assert")
def asserted():
    mode = request.args["mode"]
    assert mode in ("r", "w")
    # ok: CWE-78
    os.system("tool --mode " + mode)
    return "ok"


@app.route("/p/never-used")
def never_used():
    data = request.args["d"]
    log_line = "got " + data
    # ok: CWE-78
    os.system("echo fixed")
    # ok: CWE-89
    db.execute("SELECT 1")
    return str(len(log_line))


@app.route("/p/reassigned-in-loop")
def reassigned_in_loop():
    cmd = request.args["c"]
    while True:
        cmd = "echo tick"
        break
    # ok: CWE-78
    os.system(cmd)
    return "ok"


@app.route("/p/equality-guard")
def equality_guard():
    color = request.args["color"]
    if color != "red":
        return "only red", 400
    # ok: CWE-78
    os.system("paint " + color)
    return "ok"


@app.route("/p/uuid")
def uuid_value():
    import uuid
    ident = uuid.UUID(request.args["id"])
    # ok: CWE-22
    open(f"/srv/objects/{ident}").read()
    # ok: CWE-89
    db.execute(f"SELECT * FROM objects WHERE id = '{ident}'")
    return "ok"


class Exporter:
    def __init__(self):
        self.target = request.args["target"]
        self.fmt = "csv"

    def run(self):
        # ruleid: CWE-78
        os.system("export --to " + self.target)
        # ok: CWE-78
        os.system("export --format " + self.fmt)


@app.route("/p/fields")
def fields_across_methods():
    Exporter().run()
    return "ok"
