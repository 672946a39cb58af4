import ast
from flask import Flask, request
from openai import OpenAI

app = Flask(__name__)
client = OpenAI()


@app.route("/calc")
def calc():
    expr = request.args["expr"]
    # ruleid: tainted-code-execution
    value = eval(expr)
    # ok: tainted-code-execution
    safe = ast.literal_eval(expr)
    # ok: tainted-code-execution
    fixed = eval("1 + 2")
    return str((value, safe, fixed))


def run_generated(prompt):
    answer = client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": prompt}])
    code = answer.choices[0].message.content
    # ruleid: tainted-code-execution
    exec(code)


@app.route("/plugin")
def plugin():
    name = request.args["name"]
    if name in ("csv", "json"):
        # ok: tainted-code-execution
        __import__(name)
    return "ok"


import importlib
import re
from flask import abort


# Look-alikes: a framework's own config loader (a library function's parameter), imports over a literal tuple,
# a rejection guard, an allow-list, folded constants and containers, a value overwritten on every path; a guard on
# the wrong variable still fires.
def load_config(config_path):
    with open(config_path) as fh:
        # ok: tainted-code-execution
        exec(compile(fh.read(), config_path, "exec"))


for module_name in ("json", "csv"):
    # ok: tainted-code-execution
    importlib.import_module(module_name)


@app.route("/arith")
def arith():
    expr = request.args["expr"]
    if not re.fullmatch(r"[0-9+*/ -]+", expr):
        abort(400)
    # ok: tainted-code-execution
    return str(eval(expr))


FORMULAS = ("1 + 1", "2 * 3")


@app.route("/formula")
def formula():
    expr = request.args["f"]
    if expr not in FORMULAS:
        abort(400)
    # ok: tainted-code-execution
    return str(eval(expr))


@app.route("/folded")
def folded():
    expr = request.args["expr"]
    if 7 * 6 > 40:
        expr = "1 + 2"
    # ok: tainted-code-execution
    first = eval(expr)
    exprs = {"fixed": "2 + 2", "user": request.args["expr"]}
    # ok: tainted-code-execution
    second = eval(exprs["fixed"])
    # ruleid: tainted-code-execution
    third = eval(exprs["user"])
    return str((first, second, third))


@app.route("/either")
def either():
    expr = request.args["expr"]
    if request.args.get("big"):
        expr = "10 ** 6"
    else:
        expr = "10"
    # ok: tainted-code-execution
    return str(eval(expr))


@app.route("/wrong-guard")
def wrong_guard():
    expr = request.args["expr"]
    other = request.args["other"]
    if other not in FORMULAS:
        abort(400)
    # ruleid: tainted-code-execution
    return str(eval(expr))
