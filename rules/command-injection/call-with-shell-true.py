import subprocess
from invoke import run
from nova import utils


def bad(archive, branch):
    # ruleid: call-with-shell-true
    utils.execute("tar xf " + archive, shell=True)
    # ruleid: call-with-shell-true
    run(f"git checkout {branch}", shell=True)
    # ruleid: call-with-shell-true
    deploy.remote_call(
        "restart", shell=1
    )


def ok(archive):
    # ok: call-with-shell-true
    subprocess.run("tar xf " + archive, shell=True)
    # ok: call-with-shell-true
    utils.execute(["tar", "xf", archive], shell=False)
    # ok: call-with-shell-true
    Terminal(shell="/bin/bash")
