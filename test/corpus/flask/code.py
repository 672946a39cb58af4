import ast
import importlib
from flask import Flask, request

app = Flask(__name__)


@app.route("/code/1")
def calc():
    expr = request.args["expr"]
    # ruleid: CWE-95
    return str(eval(expr))


@app.route("/code/2")
def run_snippet():
    src = request.form["src"]
    # ruleid: CWE-94
    exec(src)
    return "ok"


@app.route("/code/3")
def compile_it():
    code = "result = " + request.args["e"]
    # ruleid: CWE-94
    obj = compile(code, "<input>", "exec")
    return str(obj)


@app.route("/code/4")
def plugin():
    mod = request.args["module"]
    # ruleid: CWE-94
    importlib.import_module(mod)
    return "ok"


@app.route("/code/5")
def dunder_import():
    # ruleid: CWE-94
    m = __import__(request.args["m"])
    return str(m)


def evaluate(formula):
    # ruleid: CWE-95
    return eval(formula, {"__builtins__": {}})


@app.route("/code/6")
def through_helper():
    return str(evaluate(request.args["f"]))


@app.route("/code/7")
def lambda_default():
    get = lambda key=request.args["k"]: key
    # ruleid: CWE-95
    return str(eval(get()))


# ---- traps ----

@app.route("/code/t1")
def literal_eval():
    # ok: CWE-95
    value = ast.literal_eval(request.args["v"])
    return "ok" if value else "empty"


@app.route("/code/t2")
def constant_eval():
    # ok: CWE-95
    return str(eval("2 ** 10"))


@app.route("/code/t3")
def allow_listed_module():
    name = request.args["fmt"]
    if name in {"json", "csv"}:
        # ok: CWE-94
        importlib.import_module(name)
    return "ok"


@app.route("/code/t4")
def numeric_only():
    n = float(request.args["n"])
    # ok: CWE-95
    return str(eval(str(n) + " * 2"))


@app.route("/code/t5")
def unused_input():
    request.args.get("x")
    code = "print('hi')"
    # ok: CWE-94
    exec(code)
    return "ok"


@app.route("/code/t6")
def compared():
    op = request.args["op"]
    if op == "sum":
        # ok: CWE-95
        return str(eval(op + "([1, 2])"))
    return "no"


@app.route("/code/t7")
def overwritten():
    src = request.args["src"]
    src = "1 + 1"
    # ok: CWE-95
    return str(eval(src))
