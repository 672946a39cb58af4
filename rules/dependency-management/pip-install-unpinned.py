import os
import subprocess
import sys

import pip


def bad():
    # ruleid: pip-install-unpinned
    subprocess.run(["pip", "install", "requests"])
    # ruleid: pip-install-unpinned
    os.system("python -m pip install 'flask>=2.0'")
    # ruleid: pip-install-unpinned
    pip.main(["install", "-U", "numpy"])
    # ruleid: pip-install-unpinned
    subprocess.run(["pip", "install", "git+https://github.com/org/tool@main"])
    # ruleid: pip-install-unpinned
    subprocess.check_call([sys.executable, "-m", "pip", "install", "django==4.2.11", "celery~=5.3"])


def ok(package):
    # ok: pip-install-unpinned
    subprocess.run(["pip", "install", "requests==2.32.3"])
    # ok: pip-install-unpinned
    subprocess.run(["pip", "install", "--require-hashes", "-r", "requirements.lock"])
    # ok: pip-install-unpinned
    subprocess.run(["pip", "install", "./vendor/tool-1.0-py3-none-any.whl"])
    # ok: pip-install-unpinned
    subprocess.run(["pip", "install", "-e", "."])
    # ok: pip-install-unpinned
    subprocess.run(["pip", "install", "git+https://github.com/org/tool@3f2a9c1d"])
    # todoruleid: pip-install-unpinned
    subprocess.run(["pip", "install", package])
