import os
from os import execvp, spawnlp


def bad(tool, arg, path):
    # ruleid: start-process-without-shell
    os.execl("/bin/ls", "ls", "-l")
    # ruleid: start-process-without-shell
    execvp(tool, [tool, arg])
    # ruleid: start-process-without-shell
    os.spawnv(os.P_WAIT, "/usr/bin/env", ["env", arg])
    # ruleid: start-process-without-shell
    spawnlp(os.P_NOWAIT, "lpr", "lpr", path)
    # ruleid: start-process-without-shell
    os.startfile(path)


def ok(tool, path):
    # ok: start-process-without-shell
    os.path.exists(path)
    # ok: start-process-without-shell
    os.execution_time = 3
    # ok: start-process-without-shell
    scheduler.spawnv(tool)
