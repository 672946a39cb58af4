import logging
import re
from flask import Flask, request, make_response, session

app = Flask(__name__)
log = logging.getLogger("app")
THEMES = {"light", "dark"}
NAME_RE = re.compile(r"^[a-z]{1,20}$")


@app.route("/hdr/1")
def lang_header():
    resp = make_response("ok")
    # ruleid: CWE-113
    resp.headers["Content-Language"] = request.args["lang"]
    return resp


@app.route("/hdr/2")
def location_header():
    resp = make_response("", 302)
    # ruleid: CWE-113
    resp.headers["Location"] = "/next?" + request.query_string.decode()
    return resp


@app.route("/hdr/3")
def echo_header():
    resp = make_response("ok")
    rid = request.headers.get("X-Request-Id", "")
    # ruleid: CWE-113
    resp.headers["X-Request-Id"] = rid
    return resp


# ---- header traps ----

@app.route("/hdr/t1")
def stripped():
    resp = make_response("ok")
    # ok: CWE-113
    resp.headers["X-Lang"] = request.args["lang"].replace("\r", "").replace("\n", "")
    return resp


@app.route("/hdr/t2")
def constant_header():
    resp = make_response("ok")
    # ok: CWE-113
    resp.headers["Cache-Control"] = "no-store"
    return resp


@app.route("/hdr/t3")
def allow_listed_header():
    resp = make_response("ok")
    theme = request.args["theme"]
    if theme in THEMES:
        # ok: CWE-113
        resp.headers["X-Theme"] = theme
    return resp


# ---- log ----

@app.route("/log/1", methods=["POST"])
def failed_login():
    # ruleid: CWE-117
    log.warning("failed login for " + request.form["user"])
    return "no", 401


@app.route("/log/2")
def search_log():
    q = request.args["q"]
    # ruleid: CWE-117
    logging.info(f"search {q}")
    return "ok"


@app.route("/log/3")
def app_logger():
    # ruleid: CWE-117
    app.logger.error("bad referer %s" % request.referrer)
    return "ok"


# ---- log traps ----

@app.route("/log/t1")
def static_message():
    request.args.get("q")
    # ok: CWE-117
    log.info("search served")
    return "ok"


@app.route("/log/t2")
def cleaned():
    user = request.args["user"].replace("\n", " ").replace("\r", " ")
    # ok: CWE-117
    log.info("user " + user)
    return "ok"


@app.route("/log/t3")
def numeric():
    n = int(request.args["n"])
    # ok: CWE-117
    log.info("page %d requested" % n)
    return "ok"


# ---- session (trust boundary) ----

@app.route("/sess/1")
def set_theme():
    # ruleid: CWE-501
    session["theme"] = request.args["theme"]
    return "ok"


@app.route("/sess/2", methods=["POST"])
def set_user():
    uid = request.form["uid"]
    # ruleid: CWE-501
    session["user_id"] = uid
    return "ok"


@app.route("/sess/3")
def set_cart():
    items = [request.args["item"]]
    # ruleid: CWE-501
    session["cart"] = items
    return "ok"


# ---- session traps ----

@app.route("/sess/t1")
def checked_theme():
    theme = request.args["theme"]
    if theme not in THEMES:
        theme = "light"
        # ok: CWE-501
        session["theme"] = theme
    return "ok"


@app.route("/sess/t2")
def counter():
    # ok: CWE-501
    session["visits"] = session.get("visits", 0) + 1
    return "ok"


@app.route("/sess/t3")
def int_page():
    # ok: CWE-501
    session["page"] = int(request.args["page"])
    return "ok"


# ---- regex ----

@app.route("/re/1")
def grep():
    pat = request.args["pattern"]
    # ruleid: CWE-1333
    return str(re.findall(pat, "some text"))


@app.route("/re/2")
def compile_user():
    # ruleid: CWE-1333
    rx = re.compile(request.args["rx"], re.I)
    return str(rx.pattern)


@app.route("/re/3")
def search_part():
    term = request.args["term"]
    # ruleid: CWE-1333
    return "yes" if re.search("^" + term, "abc") else "no"


# ---- regex traps ----

@app.route("/re/t1")
def escaped():
    term = re.escape(request.args["term"])
    # ok: CWE-1333
    return "yes" if re.search(term, "abc") else "no"


@app.route("/re/t2")
def constant_pattern():
    # ok: CWE-1333
    return "yes" if re.match(r"^\d+$", request.args["n"]) else "no"


@app.route("/re/t3")
def compiled_constant():
    name = request.args["name"]
    # ok: CWE-1333
    return "ok" if NAME_RE.match(name) else "bad"


# ---- cookies ----

@app.route("/cookie/1")
def pref_cookie():
    resp = make_response("ok")
    # ruleid: CWE-614
    resp.set_cookie("pref", request.args["pref"])
    return resp


@app.route("/cookie/2")
def tracking():
    resp = make_response("ok")
    camp = request.args.get("utm", "")
    # ruleid: CWE-614
    resp.set_cookie("campaign", value=camp, httponly=True)
    return resp


@app.route("/cookie/3")
def remember():
    resp = make_response("ok")
    # ruleid: CWE-614
    resp.set_cookie("user", request.form["user"], secure=False, httponly=False)
    return resp


# ---- cookie traps ----

@app.route("/cookie/t1")
def flagged():
    resp = make_response("ok")
    # ok: CWE-614
    resp.set_cookie("pref", request.args["pref"], secure=True, httponly=True, samesite="Lax")
    return resp


@app.route("/cookie/t2")
def constant_value():
    resp = make_response("ok")
    # ok: CWE-614
    resp.set_cookie("seen", "1")
    return resp


@app.route("/cookie/t3")
def numeric_value():
    resp = make_response("ok")
    # ok: CWE-614
    resp.set_cookie("page", str(int(request.args["page"])))
    return resp
