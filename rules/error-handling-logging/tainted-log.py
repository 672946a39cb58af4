import logging
from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.route("/login", methods=["POST"])
def login():
    user = request.form["user"]
    # ruleid: tainted-log
    log.warning("login failed for " + user)
    # ok: tainted-log
    log.warning("login failed for %r", user.replace("\n", "").replace("\r", ""))
    return "no", 401


@app.route("/search")
def search():
    # ruleid: tainted-log
    logging.info(f"search: {request.args['q']}")
    # ok: tainted-log
    logging.info("search done")
    return "ok"


import html
import re
from flask import abort


# Look-alikes: coercion, an allow-list, a rejection guard, escaping, folded constants and containers, a value
# overwritten on every path, a library function's parameter; a guard on the wrong variable still fires.
@app.route("/count")
def count():
    # ok: tainted-log
    log.info("count=" + str(int(request.args["n"])))
    return "ok"


ACTIONS = ("open", "close")


@app.route("/action")
def action():
    name = request.args["a"]
    if name not in ACTIONS:
        abort(400)
    # ok: tainted-log
    log.info("action " + name)
    word = request.args["w"]
    if not re.fullmatch(r"[a-z]+", word):
        abort(400)
    # ok: tainted-log
    log.info("word " + word)
    # ok: tainted-log
    log.info("escaped " + html.escape(request.args["q"]))
    return "ok"


@app.route("/folded")
def folded():
    user = request.args["user"]
    if 7 * 6 > 40:
        user = "anonymous"
    # ok: tainted-log
    log.info("user " + user)
    fields = {"event": "login", "user": request.args["user"]}
    # ok: tainted-log
    log.info("event " + fields["event"])
    # ruleid: tainted-log
    log.info("user " + fields["user"])
    return "ok"


@app.route("/either")
def either():
    user = request.args["user"]
    if request.args.get("admin"):
        user = "admin"
    else:
        user = "guest"
    # ok: tainted-log
    log.info("user " + user)
    return "ok"


def audit(message):
    # ok: tainted-log
    log.info("audit: " + message)


@app.route("/wrong-guard")
def wrong_guard():
    name = request.args["a"]
    other = request.args["b"]
    if other not in ACTIONS:
        abort(400)
    # ruleid: tainted-log
    log.info("action " + name)
    return "ok"
