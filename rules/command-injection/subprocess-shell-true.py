import subprocess
import subprocess as sp
from subprocess import run as sh


def bad(name, flag):
    # ruleid: subprocess-shell-true
    subprocess.run(f"tar xf {name}", shell=True)
    # ruleid: subprocess-shell-true
    sh("ls " + name, shell=1)
    # ruleid: subprocess-shell-true
    sp.Popen("ls -l", shell=True)
    # ruleid: subprocess-shell-true
    subprocess.check_output(name, shell=flag)


def ok(name):
    # ok: subprocess-shell-true
    subprocess.run(["tar", "xf", name])
    # ok: subprocess-shell-true
    subprocess.run(["ls", name], shell=False)
    # ok: subprocess-shell-true
    run_in_shell("ls", shell=True)
    # todoruleid: subprocess-shell-true
    subprocess.run(name, **{"shell": True})
