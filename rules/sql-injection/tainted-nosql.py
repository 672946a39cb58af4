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
