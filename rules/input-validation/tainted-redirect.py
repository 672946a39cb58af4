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


@app.route("/next")
def next_page():
    target = request.args.get("next", "/")
    if not target.startswith("/") or target.startswith("//") or target.startswith("/\\"):
        target = "/"
    # ok: tainted-redirect
    return redirect(target)


def is_allowed(url):
    return url in ("/", "/account", "/help")


@app.route("/back")
def back():
    target = request.args.get("to", "/")
    if not is_allowed(target):
        return redirect("/")
    # ok: tainted-redirect
    return redirect(target)


@app.route("/slash-only")
def slash_only():
    target = request.args.get("next", "/")
    if target.startswith("/"):
        # ruleid: tainted-redirect
        return redirect(target)
    return redirect("/")


LOGIN_PAGE = "/login"


@app.route("/needs-login")
def needs_login():
    # ok: tainted-redirect
    return redirect(f"{LOGIN_PAGE}?next={request.args['next']}")
