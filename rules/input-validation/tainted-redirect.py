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


from urllib.parse import urlparse
from django.utils.http import url_has_allowed_host_and_scheme


# Look-alikes: Django's host check, a urlparse() netloc/scheme check, an allow-list, folded constants and
# containers, a value overwritten on every path, a library function's parameter; a guard on the wrong variable
# still fires.
@app.route("/django-checked")
def django_checked():
    target = request.args.get("next", "/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={"example.com"}, require_https=True):
        target = "/"
    # ok: tainted-redirect
    return redirect(target)


@app.route("/parsed")
def parsed():
    target = request.args.get("next", "/")
    parts = urlparse(target)
    if parts.netloc != "example.com" or parts.scheme != "https":
        return redirect("/")
    # ok: tainted-redirect
    return redirect(target)


NEXT_PAGES = ("/", "/account", "/help")


@app.route("/listed")
def listed():
    target = request.args.get("next", "/")
    if target in NEXT_PAGES:
        # ok: tainted-redirect
        return redirect(target)
    return redirect("/")


@app.route("/folded")
def folded():
    target = request.args.get("next", "/")
    if 7 * 6 > 40:
        target = "/home"
    # ok: tainted-redirect
    return redirect(target)


@app.route("/pages")
def pages():
    pages = {"home": "/home", "next": request.args["next"]}
    if request.args.get("home"):
        # ok: tainted-redirect
        return redirect(pages["home"])
    # ruleid: tainted-redirect
    return redirect(pages["next"])


@app.route("/either")
def either():
    target = request.args.get("next", "/")
    if request.args.get("admin"):
        target = "/admin"
    else:
        target = "/"
    # ok: tainted-redirect
    return redirect(target)


@app.route("/account-page")
def account_page():
    target = request.args.get("next", "/")
    if target.startswith("/account/"):
        # ok: tainted-redirect
        return redirect(target)
    return redirect("/")


def go_to(url):
    # ok: tainted-redirect
    return redirect(url)


@app.route("/wrong-guard")
def wrong_guard():
    target = request.args.get("next", "/")
    fallback = request.args.get("fallback", "/")
    if fallback not in NEXT_PAGES:
        return redirect("/")
    # ruleid: tainted-redirect
    return redirect(target)
