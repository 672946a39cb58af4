import sqlite3
from flask import Flask, request

app = Flask(__name__)
db = sqlite3.connect("app.db")


def find_user(name):
    cursor = db.cursor()
    # ruleid: tainted-sql
    cursor.execute("SELECT * FROM users WHERE name = '%s'" % name)
    return cursor.fetchall()


@app.route("/user")
def user():
    return str(find_user(request.args.get("name")))


@app.route("/search")
def search():
    term = request.args["q"]
    query = f"SELECT * FROM items WHERE title LIKE '%{term}%'"
    # ruleid: tainted-sql
    db.execute(query)
    # ok: tainted-sql
    db.execute("SELECT * FROM items WHERE title LIKE ?", ("%" + term + "%",))
    term = "constant"
    # ok: tainted-sql
    db.execute("SELECT * FROM items WHERE title = '%s'" % term)
    return "ok"


@app.route("/item/<item_id>")
def item(item_id):
    # ok: tainted-sql
    db.execute("SELECT * FROM items WHERE id = %d" % int(item_id))
    # ruleid: tainted-sql
    db.execute("DELETE FROM items WHERE id = " + item_id)
    return "ok"


SORTABLE = ("name", "created", "email")


@app.route("/sorted")
def sorted_users():
    column = request.args.get("sort", "name")
    if column not in SORTABLE:
        return "bad column", 400
    # ok: tainted-sql
    return str(db.execute("SELECT * FROM users ORDER BY " + column).fetchall())


@app.route("/user/<int:uid>")
def user_by_id(uid):
    # ok: tainted-sql
    return str(db.execute("SELECT * FROM users WHERE id = %d" % uid).fetchall())


@app.route("/quoted")
def quoted():
    name = request.args["name"]
    if "'" in name:
        return "bad name", 400
    # ok: tainted-sql
    return str(db.execute("SELECT * FROM users WHERE name = '" + name + "'").fetchall())


import re
import uuid
from flask import abort


# Look-alikes: a library function's parameter (no route reaches it), folded constants, containers read by a
# constant key, values overwritten on every path, coercion, equality with constants, the project's validator.
def count_rows(table):
    # ok: tainted-sql
    return db.execute("SELECT COUNT(*) FROM " + table).fetchone()


@app.route("/folded")
def folded():
    term = request.args["q"]
    if 7 * 6 > 40:
        term = "all"
    # ok: tainted-sql
    db.execute("SELECT * FROM items WHERE tag = '%s'" % term)
    return "ok"


@app.route("/filters")
def filters():
    filters = {"kind": "book", "title": request.args["title"]}
    # ok: tainted-sql
    db.execute("SELECT * FROM items WHERE kind = '%s'" % filters["kind"])
    # ruleid: tainted-sql
    db.execute("SELECT * FROM items WHERE title = '%s'" % filters["title"])
    return "ok"


@app.route("/columns")
def columns():
    column = request.args["c"]
    if request.args.get("full"):
        column = "name, email"
    else:
        column = "name"
    # ok: tainted-sql
    return str(db.execute("SELECT " + column + " FROM users").fetchall())


@app.route("/order/<ref>")
def order(ref):
    # ok: tainted-sql
    db.execute("SELECT * FROM orders WHERE ref = '%s'" % uuid.UUID(ref))
    direction = request.args.get("dir", "asc")
    if direction == "desc":
        # ok: tainted-sql
        db.execute("SELECT * FROM orders ORDER BY created " + direction)
    return "ok"


def valid_identifier(value):
    return re.fullmatch(r"[a-z_]+", value) is not None


@app.route("/by-column")
def by_column():
    column = request.args["c"]
    if not valid_identifier(column):
        abort(400)
    # ok: tainted-sql
    return str(db.execute("SELECT " + column + " FROM users").fetchall())


@app.route("/wrong-guard")
def wrong_guard():
    name = request.args["name"]
    other = request.args["other"]
    if "'" in other:
        return "bad name", 400
    # ruleid: tainted-sql
    return str(db.execute("SELECT * FROM users WHERE name = '" + name + "'").fetchall())
