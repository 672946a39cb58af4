# Idioms of generated benchmark test cases (OWASP Benchmark style): data moved through helpers, containers and
# branches whose outcome is fixed by local constants.
import os
import sqlite3
from flask import request, make_response, render_template

db = sqlite3.connect("bench.db")


def init(app):

    @app.route("/bench/cmdi/ternary-safe", methods=["POST"])
    def ternary_safe():
        param = request.form.get("p", "")
        num = 86
        bar = "This_should_always_happen" if (7 * 42) - num > 200 else param
        # ok: CWE-78
        os.system("echo " + bar)
        return "ok"

    @app.route("/bench/cmdi/ternary-vuln", methods=["POST"])
    def ternary_vuln():
        param = request.form.get("p", "")
        num = 196
        bar = "This_should_never_happen" if (7 * 42) - num > 200 else param
        # ruleid: CWE-78
        os.system("echo " + bar)
        return "ok"

    @app.route("/bench/sqli/map-safe")
    def map_safe():
        param = request.args.get("p", "")
        values = {}
        values["keyA-1"] = "a_Value"
        values["keyB-1"] = param
        values["keyC"] = "another_Value"
        bar = values.get("keyA-1")
        # ok: CWE-89
        db.execute("SELECT * FROM users WHERE name = '" + bar + "'")
        return "ok"

    @app.route("/bench/sqli/map-vuln")
    def map_vuln():
        param = request.args.get("p", "")
        values = {}
        values["keyA-1"] = "a_Value"
        values["keyB-1"] = param
        bar = values["keyB-1"]
        # ruleid: CWE-89
        db.execute("SELECT * FROM users WHERE name = '" + bar + "'")
        return "ok"

    @app.route("/bench/pathtraver/list-safe")
    def list_safe():
        param = request.headers.get("X-P", "")
        items = []
        items.append("safe")
        items.append(param)
        items.append("moresafe")
        items.pop(0)
        bar = items[1]
        # ok: CWE-22
        return open("/srv/bench/" + bar).read()

    @app.route("/bench/pathtraver/list-vuln")
    def list_vuln():
        param = request.headers.get("X-P", "")
        items = ["safe", param, "moresafe"]
        items.pop(0)
        bar = items[0]
        # ruleid: CWE-22
        return open("/srv/bench/" + bar).read()

    @app.route("/bench/xss/switch-safe")
    def switch_safe():
        param = request.cookies.get("c", "")
        possible = "ABC"
        guess = possible[1]
        match guess:
            case "A":
                bar = param
            case "B":
                bar = "bob"
            case "C" | "D":
                bar = param
            case _:
                bar = "bobs your uncle"
        # ok: CWE-79
        return "<p>" + bar + "</p>"

    @app.route("/bench/xss/switch-vuln")
    def switch_vuln():
        param = request.cookies.get("c", "")
        possible = "ABC"
        guess = possible[0]
        match guess:
            case "A":
                bar = param
            case _:
                bar = "bob"
        # ruleid: CWE-79
        return "<p>" + bar + "</p>"

    @app.route("/bench/xss/if-const-safe")
    def if_const_safe():
        param = request.args.get("p", "")
        bar = param
        num = 106
        if (7 * 18) + num > 200:
            bar = "This_should_always_happen"
        resp = make_response(render_template("x.html"))
        # ok: CWE-79
        return "<p>" + bar + "</p>"

    @app.route("/bench/xss/string-builder")
    def string_builder():
        param = request.args.get("p", "")
        sb = "prefix-" + param[0:]
        bar = sb.replace("x", "y")
        # ruleid: CWE-79
        return f"<p>{bar}</p>"
