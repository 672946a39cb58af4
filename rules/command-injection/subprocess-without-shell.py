import subprocess
import sys
from subprocess import check_output as out

GIT = "/usr/bin/git"


def bad(url, tool, argv):
    # ruleid: subprocess-without-shell
    subprocess.run(["git", "clone", url])
    # ruleid: subprocess-without-shell
    out([tool, "--version"])
    # ruleid: subprocess-without-shell
    subprocess.Popen(argv, shell=False)
    # ruleid: subprocess-without-shell
    subprocess.call(
        [GIT, "log", url],
    )


def ok(url):
    # ok: subprocess-without-shell
    subprocess.run(["git", "status"], check=True)
    # ok: subprocess-without-shell
    subprocess.check_call([GIT, "fetch", "--all"])
    # ok: subprocess-without-shell
    subprocess.run("ls " + url, shell=True)
    # ok: subprocess-without-shell
    runner.run([url])
    # ok: subprocess-without-shell
    subprocess.check_output([sys.executable, "-c", "print(1)"])
    # ruleid: subprocess-without-shell
    subprocess.check_output([sys.executable, "-c", url])
