import os
import stat
from pathlib import Path

keyfile = "foo"


def bad(path):
    # ruleid: chmod-permissive-mode
    os.chmod("/etc/passwd", 0o227)
    # ruleid: chmod-permissive-mode
    os.chmod("/etc/passwd", 0o770)
    # ruleid: chmod-permissive-mode
    os.chmod("~/.bashrc", 511)
    # ruleid: chmod-permissive-mode
    os.chmod("/tmp/oh_hai", 0x1ff)
    # ruleid: chmod-permissive-mode
    os.chmod(keyfile, stat.S_IRWXU | stat.S_IWOTH)
    # ruleid: chmod-permissive-mode
    Path(path).chmod(0o777)
    # ruleid: chmod-permissive-mode
    Path(path).lchmod(0o666)
    # ruleid: chmod-permissive-mode
    os.chmod("/home/app/.ssh/id_rsa", 0o660)


def ok(path, mode):
    # ok: chmod-permissive-mode
    os.chmod("/srv/app/data.txt", 0o664)
    # ok: chmod-permissive-mode
    os.chmod("/etc/passwd", stat.S_IRWXU)
    # ok: chmod-permissive-mode
    os.chmod(path, 0o600)
    # ok: chmod-permissive-mode
    os.chmod(path, mode)
    # ok: chmod-permissive-mode
    Path(path).chmod(0o640)
    # ok: chmod-permissive-mode
    os.chmod("/srv/shared/report.csv", 0o660)
