import re
from flask import Flask, request

app = Flask(__name__)
WORDS = ["alpha", "beta"]


@app.route("/grep")
def grep():
    pattern = request.args["p"]
    # ruleid: tainted-regex
    hits = [w for w in WORDS if re.search(pattern, w)]
    # ok: tainted-regex
    literal = [w for w in WORDS if re.search(re.escape(pattern), w)]
    return str((hits, literal))


@app.route("/compile")
def compile_view():
    # ruleid: tainted-regex
    rx = re.compile(request.args["rx"])
    # ok: tainted-regex
    fixed = re.compile(r"^[a-z]+$")
    return str((rx, fixed.match(request.args["rx"])))


from flask import abort


# Look-alikes: an allow-list, a rejection guard, folded constants and containers, a value overwritten on every
# path, a library function's parameter; a guard on the wrong variable still fires.
PATTERNS = (r"^a+$", r"^b+$")


@app.route("/listed")
def listed():
    pattern = request.args["p"]
    if pattern not in PATTERNS:
        abort(400)
    # ok: tainted-regex
    return str(re.compile(pattern))


@app.route("/word")
def word():
    pattern = request.args["p"]
    if not pattern.isalnum():
        abort(400)
    # ok: tainted-regex
    return str(re.search(pattern, "alpha"))


@app.route("/folded")
def folded():
    pattern = request.args["p"]
    if 7 * 6 > 40:
        pattern = "^x$"
    # ok: tainted-regex
    first = re.compile(pattern)
    patterns = {"id": r"^[0-9]+$", "user": request.args["p"]}
    # ok: tainted-regex
    second = re.compile(patterns["id"])
    # ruleid: tainted-regex
    third = re.compile(patterns["user"])
    return str((first, second, third))


@app.route("/either")
def either():
    pattern = request.args["p"]
    if request.args.get("digits"):
        pattern = "[0-9]+"
    else:
        pattern = "[a-z]+"
    # ok: tainted-regex
    return str(re.compile(pattern))


def matcher(pattern):
    # ok: tainted-regex
    return re.compile(pattern)


@app.route("/wrong-guard")
def wrong_guard():
    pattern = request.args["p"]
    other = request.args["o"]
    if other not in PATTERNS:
        abort(400)
    # ruleid: tainted-regex
    return str(re.compile(pattern))
