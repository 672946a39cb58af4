import ast
import builtins
from simpleeval import simple_eval


def bad(expr, name):
    # ruleid: eval-computed-input
    value = eval(expr)
    # ruleid: eval-computed-input
    builtins.eval(f"config.{name}")
    # ruleid: eval-computed-input
    eval("1 + 2")
    # ruleid: eval-computed-input
    return eval(
        "lambda x: x." + name,
        {},
    )


def ok(expr, model):
    # ok: eval-computed-input
    ast.literal_eval(expr)
    # ok: eval-computed-input
    simple_eval(expr)
    # ok: eval-computed-input
    model.eval()
