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
