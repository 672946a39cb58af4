import subprocess
import sys
from subprocess import Popen as pop

GIT = "/usr/bin/git"


def noted():
    # ruleid: subprocess-constant-command
    subprocess.run(["git", "status"], check=True)
    # ruleid: subprocess-constant-command
    pop("/bin/gcc --version", shell=False)
    # ruleid: subprocess-constant-command
    subprocess.check_call([GIT, "fetch", "--all"])
    # ruleid: subprocess-constant-command
    subprocess.check_output([sys.executable, "-m", "pip", "list"])


def ok(url, argv):
    # ok: subprocess-constant-command
    subprocess.run(["git", "clone", url])
    # ok: subprocess-constant-command
    subprocess.Popen(argv)
    # ok: subprocess-constant-command
    subprocess.run("ls -l", shell=True)
    # ok: subprocess-constant-command
    runner.run(["git", "status"])
