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
