import os
import subprocess

INTERNAL = "https://pypi.internal.example/simple"


def bad(pkg):
    # ruleid: pip-extra-index-url
    subprocess.run(["pip", "install", "--extra-index-url", INTERNAL, "acme-utils"])
    # ruleid: pip-extra-index-url
    os.system("python -m pip install --extra-index-url=https://pypi.internal.example/simple acme-core")


def ok(pkg):
    # ok: pip-extra-index-url
    subprocess.run(["pip", "install", "--index-url", INTERNAL, "acme-utils==1.2.0"])
    # ok: pip-extra-index-url
    subprocess.run(["pip", "download", "--extra-index-url", INTERNAL, pkg])
    # ok: pip-extra-index-url
    subprocess.run(["poetry", "source", "add", "--extra-index-url", INTERNAL])
