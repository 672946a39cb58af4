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


# Look-alikes: values quoted for the shell, or numbers, formatted into the command.
import shlex


def quoted(host, count):
    # ok: pexpect-computed-command
    pexpect.run("ping -c 1 " + shlex.quote(host))
    # ok: pexpect-computed-command
    pexpect.run("ping -c %d localhost" % int(count))
    # ruleid: pexpect-computed-command
    pexpect.run("ping -c %d " % int(count) + host)
