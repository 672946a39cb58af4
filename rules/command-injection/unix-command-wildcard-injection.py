import os
import subprocess


def bad(owner):
    # ruleid: unix-command-wildcard-injection
    os.system("/bin/tar cvzf /backup/files.tgz *")
    # ruleid: unix-command-wildcard-injection
    subprocess.Popen("chown " + owner + " *.txt", shell=True)
    # ruleid: unix-command-wildcard-injection
    os.popen("rsync -a * backup:/srv/")


def ok():
    # ok: unix-command-wildcard-injection
    subprocess.run(["chmod", "600", "*.key"])
    # ok: unix-command-wildcard-injection
    os.system("tar czf /backup/files.tgz data")
    # ok: unix-command-wildcard-injection
    os.system("ls *")
