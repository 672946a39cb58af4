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
