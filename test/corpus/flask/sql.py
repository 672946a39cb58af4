import sqlite3
from flask import Flask, request, g
from sqlalchemy import text

app = Flask(__name__)


def db():
    return sqlite3.connect("app.db")


@app.route("/sql/1")
def concat():
    name = request.args.get("name")
    cur = db().cursor()
    # ruleid: CWE-89
    cur.execute("SELECT * FROM users WHERE name = '" + name + "'")
    return "ok"


@app.route("/sql/2")
def percent():
    uid = request.args["id"]
    # ruleid: CWE-89
    db().execute("SELECT * FROM users WHERE id = %s" % uid)
    return "ok"


@app.route("/sql/3")
def fstring():
    q = request.form["q"]
    sql = f"SELECT * FROM items WHERE title LIKE '%{q}%'"
    # ruleid: CWE-89
    db().execute(sql)
    return "ok"


@app.route("/sql/4")
def format_method():
    order = request.args.get("order", "name")
    sql = "SELECT * FROM items ORDER BY {}".format(order)
    # ruleid: CWE-89
    db().execute(sql)
    return "ok"


@app.route("/sql/5")
def augmented():
    sql = "SELECT * FROM items WHERE 1=1"
    if request.args.get("cat"):
        sql += " AND cat = '" + request.args["cat"] + "'"
    # ruleid: CWE-89
    db().execute(sql)
    return "ok"


@app.route("/sql/6")
def joined():
    ids = request.args.getlist("id")
    sql = "SELECT * FROM items WHERE id IN (" + ",".join(ids) + ")"
    # ruleid: CWE-89
    db().executemany(sql, [])
    return "ok"


@app.route("/sql/7")
def sqlalchemy_text():
    name = request.values["name"]
    # ruleid: CWE-89
    stmt = text("SELECT * FROM users WHERE name = '%s'" % name)
    return str(stmt)


@app.route("/sql/8")
def via_dict():
    params = {"table": request.args["t"]}
    # ruleid: CWE-89
    db().execute("SELECT * FROM " + params["table"])
    return "ok"


@app.route("/sql/9")
def json_body():
    data = request.get_json()
    user = data["user"]
    # ruleid: CWE-89
    db().execute(f"DELETE FROM sessions WHERE user = '{user}'")
    return "ok"


@app.route("/sql/10")
def cookie_value():
    token = request.cookies.get("token")
    # ruleid: CWE-89
    db().execute("SELECT * FROM tokens WHERE value = '" + token.strip() + "'")
    return "ok"


@app.route("/sql/11")
def header_value():
    agent = request.headers["User-Agent"]
    # ruleid: CWE-89
    db().executescript("INSERT INTO log VALUES ('" + agent + "')")
    return "ok"


# ---- traps ----

@app.route("/sql/t1")
def parameterised():
    name = request.args.get("name")
    # ok: CWE-89
    db().execute("SELECT * FROM users WHERE name = ?", (name,))
    return "ok"


@app.route("/sql/t2")
def constant_query():
    # ok: CWE-89
    db().execute("SELECT count(*) FROM users")
    return "ok"


@app.route("/sql/t3")
def cast_to_int():
    uid = int(request.args["id"])
    # ok: CWE-89
    db().execute("SELECT * FROM users WHERE id = %d" % uid)
    return "ok"


@app.route("/sql/t4")
def overwritten():
    sql = "SELECT * FROM users WHERE name = '" + request.args["n"] + "'"
    sql = "SELECT * FROM users"
    # ok: CWE-89
    db().execute(sql)
    return "ok"


@app.route("/sql/t5")
def allow_listed():
    order = request.args.get("order", "name")
    if order not in ("name", "created"):
        return "bad order", 400
    # ok: CWE-89
    db().execute("SELECT * FROM items ORDER BY " + order)
    return "ok"


@app.route("/sql/t6")
def dead_branch():
    sql = "SELECT 1"
    if False:
        sql = "SELECT * FROM t WHERE x = '" + request.args["x"] + "'"
    # ok: CWE-89
    db().execute(sql)
    return "ok"


@app.route("/sql/t7")
def never_reaches():
    name = request.args["name"]
    sql = "SELECT * FROM users WHERE active = 1"
    rows = db().execute(sql).fetchall()
    # ok: CWE-89
    db().execute("SELECT * FROM audit")
    return str(len(rows) + len(name))


@app.route("/sql/t8")
def shlex_does_not_help_but_param_does():
    import shlex
    name = shlex.quote(request.args["name"])
    # ok: CWE-89
    db().execute("SELECT * FROM users WHERE name = :n", {"n": name})
    return "ok"


@app.route("/sql/t9")
def compared_to_constant():
    kind = request.args["kind"]
    if kind == "archived":
        # ok: CWE-89
        db().execute("SELECT * FROM items WHERE state = '" + kind + "'")
    return "ok"


@app.route("/sql/t10")
def isdigit_checked():
    page = request.args.get("page", "1")
    if not page.isdigit():
        return "bad", 400
    # ok: CWE-89
    db().execute("SELECT * FROM items LIMIT 10 OFFSET " + page)
    return "ok"


@app.route("/sql/t11")
def sqlalchemy_bound():
    # ok: CWE-89
    stmt = text("SELECT * FROM users WHERE name = :name").bindparams(name=request.args["name"])
    return str(stmt)
