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
