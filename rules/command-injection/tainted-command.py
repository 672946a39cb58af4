import os
import shlex
import subprocess
from flask import Flask, request

app = Flask(__name__)


def ping(host):
    # ruleid: tainted-command
    return os.system("ping -c 1 " + host)


@app.route("/ping")
def ping_view():
    return str(ping(request.args.get("host", "")))


@app.route("/archive")
def archive():
    name = request.form["name"]
    # ruleid: tainted-command
    subprocess.run(f"tar czf /tmp/out.tgz {name}", shell=True)
    # ok: tainted-command
    subprocess.run(["tar", "czf", "/tmp/out.tgz", name])
    # ok: tainted-command
    subprocess.run("tar czf /tmp/out.tgz " + shlex.quote(name), shell=True)
    # ruleid: tainted-command
    subprocess.Popen([name, "--version"])
    return "ok"


@app.route("/static-cmd")
def static_cmd():
    cmd = request.args["cmd"]
    cmd = "uptime"
    # ok: tainted-command
    return os.popen(cmd).read()


@app.route("/touch")
def touch():
    name = request.args["name"]
    if not name.isalnum():
        return "bad name", 400
    # ok: tainted-command
    return str(os.system("touch /tmp/" + name))


@app.route("/count/<int:n>")
def count(n):
    # ok: tainted-command
    return str(os.system("seq %d" % n))


@app.route("/branch")
def branch():
    cmd = request.args["cmd"]
    if 7 * 6 > 40:
        cmd = "uptime"
    # ok: tainted-command
    return os.popen(cmd).read()


import re
import uuid
from flask import abort


# Look-alikes: a library function's parameter, an allow-list, equality with a constant, coercion, a regex
# rejection guard, folded containers, values overwritten on every path; a guard on the wrong variable still fires.
def compress(path):
    # ok: tainted-command
    subprocess.run("gzip -9 " + path, shell=True)


TOOLS = ("df", "uptime", "free")


@app.route("/tool")
def tool():
    name = request.args["tool"]
    if name not in TOOLS:
        abort(400)
    # ok: tainted-command
    subprocess.Popen([name, "-h"])
    mode = request.args.get("mode", "")
    if mode == "fast":
        # ok: tainted-command
        os.system("run --mode " + mode)
    return "ok"


@app.route("/job/<job_id>")
def job(job_id):
    # ok: tainted-command
    os.system("kill-job " + str(uuid.UUID(job_id)))
    host = request.args["host"]
    if not re.fullmatch(r"[a-z0-9.-]+", host):
        abort(400)
    # ok: tainted-command
    return str(os.system("ping -c 1 " + host))


@app.route("/opts")
def opts():
    options = {"level": "-9", "name": request.args["name"]}
    # ok: tainted-command
    os.system("gzip " + options["level"] + " /tmp/out")
    # ruleid: tainted-command
    os.system("gzip " + options["name"])
    level = request.args["level"]
    if request.args.get("fast"):
        level = "-1"
    else:
        level = "-9"
    # ok: tainted-command
    return str(os.system("gzip " + level + " /tmp/out"))


@app.route("/wrong-guard")
def wrong_guard():
    name = request.args["name"]
    other = request.args["other"]
    if not other.isalnum():
        return "bad name", 400
    # ruleid: tainted-command
    return str(os.system("touch /tmp/" + name))


@app.route("/typed")
def typed():
    count = request.get_json()["count"]
    if not isinstance(count, int):
        abort(400)
    # ok: tainted-command
    return str(os.system("seq " + str(count)))
