from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
users = MongoClient().app.users


@app.route("/login", methods=["POST"])
def login():
    body = request.get_json()
    # ruleid: tainted-nosql
    return str(users.find_one(body))


@app.route("/search")
def search():
    term = request.args["term"]
    # ruleid: tainted-nosql
    found = users.find({"$where": "this.name == '" + term + "'"})
    # ok: tainted-nosql
    exact = users.find({"name": term})
    return str((list(found), list(exact)))


@app.route("/typed")
def typed():
    # ok: tainted-nosql
    return str(users.find_one({"age": int(request.args["age"])}))


from flask import abort


# Look-alikes: a str() value in a filter, a type check, folded constants and containers, a value overwritten on
# every path, a library function's parameter; a guard on the wrong variable still fires.
@app.route("/login-typed", methods=["POST"])
def login_typed():
    body = request.get_json()
    # ok: tainted-nosql
    return str(users.find_one({"name": str(body["name"]), "password_hash": str(body["hash"])}))


@app.route("/login-checked", methods=["POST"])
def login_checked():
    name = request.get_json()["name"]
    if not isinstance(name, str):
        abort(400)
    # ok: tainted-nosql
    return str(users.find_one({"name": name}))


@app.route("/folded")
def folded():
    term = request.args["term"]
    if 7 * 6 > 40:
        term = "guest"
    # ok: tainted-nosql
    first = users.find({"$where": "this.name == '" + term + "'"})
    clauses = {"all": {"active": True}, "user": request.get_json()}
    # ok: tainted-nosql
    second = users.find(clauses["all"])
    # ruleid: tainted-nosql
    third = users.find(clauses["user"])
    return str((list(first), list(second), list(third)))


@app.route("/either")
def either():
    query = request.get_json()
    if request.args.get("active"):
        query = {"active": True}
    else:
        query = {}
    # ok: tainted-nosql
    return str(list(users.find(query)))


def find_matching(query):
    # ok: tainted-nosql
    return list(users.find(query))


@app.route("/wrong-guard", methods=["POST"])
def wrong_guard():
    body = request.get_json()
    name = body.get("name")
    if not isinstance(name, str):
        abort(400)
    # ruleid: tainted-nosql
    return str(users.find_one(body))
