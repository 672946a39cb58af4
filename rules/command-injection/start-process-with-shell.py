import os
import commands
import subprocess
from os import system as run_shell
from os import popen


def bad(filename, user_host):
    # ruleid: start-process-with-shell
    os.system("gzip " + filename)
    # ruleid: start-process-with-shell
    run_shell(f"ping -c1 {user_host}")
    # ruleid: start-process-with-shell
    popen("ls -l")
    # ruleid: start-process-with-shell
    commands.getoutput("cat %s" % filename)
    # ruleid: start-process-with-shell
    subprocess.getstatusoutput(
        "du -sh " + filename,
    )


def ok(filename):
    # ok: start-process-with-shell
    subprocess.run(["gzip", "--", filename], check=True)
    # ok: start-process-with-shell
    os.path.join("a", filename)
    # ok: start-process-with-shell
    self_system = lambda cmd: cmd
    self_system("echo")


class Remote:
    def system(self, cmd):
        return cmd

    def go(self, name):
        # ok: start-process-with-shell
        self.system("rm " + name)
