import os
import subprocess
import sys


def bad(package, plugin):
    # ruleid: pip-install-at-runtime
    subprocess.check_call([sys.executable, "-m", "pip", "install", package])
    # ruleid: pip-install-at-runtime
    os.system("pip3 install requests==2.32.3")
    # ruleid: pip-install-at-runtime
    subprocess.run(f"pip install {plugin}", shell=True)


def ok(package):
    # ok: pip-install-at-runtime
    subprocess.run([sys.executable, "-m", "pip", "list"])
    # ok: pip-install-at-runtime
    subprocess.run(["npm", "install", package])
    # ok: pip-install-at-runtime
    installer.install(package)
