from flask import Flask, request, redirect, url_for

app = Flask(__name__)


@app.route("/login")
def login():
    target = request.args.get("next")
    # ruleid: tainted-redirect
    return redirect(target)


@app.route("/go")
def go():
    # ruleid: tainted-redirect
    return redirect("https://" + request.args["host"])


@app.route("/profile")
def profile():
    user = request.args["user"]
    # ok: tainted-redirect
    return redirect("/profile/" + user)


@app.route("/home")
def home():
    # ok: tainted-redirect
    return redirect(url_for("index", tab=request.args["tab"]))
