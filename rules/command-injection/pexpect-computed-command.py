import pexpect
from pexpect import popen_spawn


def bad(user, host, script):
    # ruleid: pexpect-computed-command
    child = pexpect.spawn(f"ssh {user}@{host}")
    # ruleid: pexpect-computed-command
    pexpect.run("ping -c 1 " + host)
    # ruleid: pexpect-computed-command
    pexpect.spawn("/bin/bash", ["-c", script])
    # ruleid: pexpect-computed-command
    popen_spawn.PopenSpawn("scp %s ." % host)


def ok(host):
    # ok: pexpect-computed-command
    pexpect.spawn("ssh", ["--", host])
    # ok: pexpect-computed-command
    pexpect.spawn("/bin/bash", ["-c", "uptime"])
    # ok: pexpect-computed-command
    pexpect.run("ls -l /srv")
    # ok: pexpect-computed-command
    child.expect(f"{host}:~$")
