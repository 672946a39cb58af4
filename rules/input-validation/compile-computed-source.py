import re


def bad(user_rule, name):
    # ruleid: compile-computed-source
    code = compile(user_rule, "<rule>", "eval")
    # ruleid: compile-computed-source
    compile("x = " + name, "<gen>", "exec")


def ok(pattern):
    # ok: compile-computed-source
    re.compile(pattern)
    # ok: compile-computed-source
    compile("1 + 1", "<const>", "eval")
    # ok: compile-computed-source
    jinja_env.compile(pattern)
