import pty
from pty import spawn


def bad(tool, host):
    # ruleid: pty-spawn-computed-command
    pty.spawn(tool)
    # ruleid: pty-spawn-computed-command
    spawn(["ssh", host])


def ok(host):
    # ok: pty-spawn-computed-command
    pty.spawn("/bin/bash")
    # ok: pty-spawn-computed-command
    pty.spawn(["/usr/bin/top", "-b"])
    # ok: pty-spawn-computed-command
    pool.spawn(host)
