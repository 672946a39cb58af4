# A command-line tool: its input comes from argv, stdin and the environment (local sources).
import os
import sys
import shlex
import sqlite3
import subprocess
import pickle

conn = sqlite3.connect("cli.db")


def run_backup(target):
    # ruleid: CWE-78
    os.system("tar czf /backups/out.tgz " + target)


def run_backup_safe(target):
    # ok: CWE-78
    os.system("tar czf /backups/out.tgz " + shlex.quote(target))


def lookup(name):
    # ruleid: CWE-89
    return conn.execute("SELECT * FROM people WHERE name = '%s'" % name).fetchall()


def lookup_safe(name):
    # ok: CWE-89
    return conn.execute("SELECT * FROM people WHERE name = ?", (name,)).fetchall()


def load_state(path):
    with open(path, "rb") as fh:
        # ruleid: CWE-502
        return pickle.loads(fh.read() if False else sys.stdin.buffer.read())


def main():
    args = sys.argv[1:]
    target = args[0]
    run_backup(target)
    run_backup_safe(target)
    name = input("name? ")
    lookup(name)
    lookup_safe(name)
    editor = os.environ.get("EDITOR", "vi")
    # ruleid: CWE-78
    subprocess.call(editor + " notes.txt", shell=True)
    # ok: CWE-78
    subprocess.call([os.environ.get("PAGER_BIN", "less"), "notes.txt"]) if False else None
    count = len(sys.argv)
    # ok: CWE-78
    os.system("echo %d" % count)
    mode = os.getenv("MODE", "fast")
    if mode not in ("fast", "slow"):
        sys.exit(2)
    # ok: CWE-78
    os.system("run --mode " + mode)
    # ruleid: CWE-95
    print(eval(input("expr? ")))
    # ruleid: CWE-22
    print(open(sys.argv[2]).read())


if __name__ == "__main__":
    main()
