import os
import subprocess as sp
from subprocess import Popen


def bad(path):
    # ruleid: partial-executable-path
    sp.run(["git", "status"])
    # ruleid: partial-executable-path
    os.system("ls -l")
    # ruleid: partial-executable-path
    Popen("make all", shell=True)
    # ruleid: partial-executable-path
    os.spawnlp(os.P_WAIT, "lpr", "lpr", path)


def ok(tool):
    # ok: partial-executable-path
    sp.run(["/usr/bin/git", "status"])
    # ok: partial-executable-path
    os.system("./configure")
    # ok: partial-executable-path
    sp.check_call([tool, "--help"])
    # ok: partial-executable-path
    os.execl("C:\\Windows\\notepad.exe", "notepad")
