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
