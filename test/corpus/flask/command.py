import os
import re
import shlex
import subprocess
import asyncio
import pty
from flask import Flask, request

app = Flask(__name__)


@app.route("/cmd/1")
def system_concat():
    host = request.args["host"]
    # ruleid: CWE-78
    os.system("ping -c 1 " + host)
    return "ok"


@app.route("/cmd/2")
def popen_fstring():
    path = request.args.get("path")
    # ruleid: CWE-78
    out = os.popen(f"ls -l {path}").read()
    return out.replace("<", "")


@app.route("/cmd/3")
def run_shell_true():
    name = request.form["name"]
    cmd = "convert %s out.png" % name
    # ruleid: CWE-78
    subprocess.run(cmd, shell=True, check=False)
    return "ok"


@app.route("/cmd/4")
def check_output_shell():
    args = request.args.get("args", "")
    # ruleid: CWE-78
    subprocess.check_output("git log " + args, shell=True)
    return "ok"


@app.route("/cmd/5")
def tainted_program():
    tool = request.args["tool"]
    # ruleid: CWE-78
    subprocess.call([tool, "--help"])
    return "ok"


@app.route("/cmd/6")
def via_list_building():
    parts = ["echo"]
    parts.append(request.args["msg"])
    cmd = " ".join(parts)
    # ruleid: CWE-78
    os.system(cmd)
    return "ok"


@app.route("/cmd/7")
def pty_spawn():
    shell = request.args["sh"]
    # ruleid: CWE-78
    pty.spawn(shell)
    return "ok"


async def shell_async(line):
    # ruleid: CWE-78
    proc = await asyncio.create_subprocess_shell("grep " + line + " /var/log/app.log")
    return await proc.communicate()


@app.route("/cmd/8")
def async_view():
    return asyncio.run(shell_async(request.args["q"]))


def build_command(target):
    return "nslookup " + target


@app.route("/cmd/9")
def helper_builds():
    # ruleid: CWE-78
    os.system(build_command(request.args["domain"]))
    return "ok"


# ---- traps ----

@app.route("/cmd/t1")
def quoted():
    host = shlex.quote(request.args["host"])
    # ok: CWE-78
    os.system("ping -c 1 " + host)
    return "ok"


@app.route("/cmd/t2")
def argv_list():
    path = request.args["path"]
    # ok: CWE-78
    subprocess.run(["ls", "-l", path])
    return "ok"


@app.route("/cmd/t3")
def constant_shell():
    # ok: CWE-78
    subprocess.run("uptime", shell=True)
    return "ok"


@app.route("/cmd/t4")
def int_arg():
    n = int(request.args["n"])
    # ok: CWE-78
    os.system("sleep %d" % n)
    return "ok"


@app.route("/cmd/t5")
def allow_list():
    tool = request.args["tool"]
    if tool not in ["git", "hg"]:
        return "no", 400
    # ok: CWE-78
    subprocess.call([tool, "--version"])
    return "ok"


@app.route("/cmd/t6")
def overwritten_cmd():
    cmd = "echo " + request.args["x"]
    cmd = "echo hello"
    # ok: CWE-78
    os.system(cmd)
    return "ok"


@app.route("/cmd/t7")
def dead_code():
    if 0:
        # ok: CWE-78
        os.system(request.args["x"])
    return "ok"


@app.route("/cmd/t8")
def fullmatch_checked():
    branch = request.args["branch"]
    if not re.fullmatch(r"[A-Za-z0-9._-]+", branch):
        return "bad", 400
    # ok: CWE-78
    os.system("git checkout " + branch)
    return "ok"


@app.route("/cmd/t9")
def shell_false_list():
    user = request.args["user"]
    # ok: CWE-78
    subprocess.Popen(["id", user], shell=False)
    return "ok"


@app.route("/cmd/10")
def shell_dash_c():
    script = request.args["script"]
    # ruleid: CWE-78
    subprocess.run(["bash", "-c", "echo " + script])
    return "ok"


@app.route("/cmd/t10")
def argv_built_before():
    args = ["grep", "-r"]
    args.append(request.args["q"])
    # ok: CWE-78
    subprocess.run(args)
    return "ok"


@app.route("/cmd/t11")
def yaml_positional_safe_loader():
    import yaml
    # ok: CWE-502
    conf = yaml.load(request.data, yaml.SafeLoader)
    return "ok" if conf else "empty"
