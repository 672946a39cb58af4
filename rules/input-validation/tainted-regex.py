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
