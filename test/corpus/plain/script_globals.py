# A script whose input is read at module level and used inside functions.
import os
import sys

TARGET = sys.argv[1] if len(sys.argv) > 1 else "."
MODE = "fast"


def clean():
    # ruleid: CWE-78
    os.system("rm -rf " + TARGET + "/build")


def report():
    # ok: CWE-78
    os.system("report --mode " + MODE)


clean()
report()
