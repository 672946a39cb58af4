import subprocess
import sys


def bad(host):
    # ruleid: pip-trusted-host
    subprocess.run(["pip", "install", "--trusted-host", "mirror.local", "acme==1.0"])
    # ruleid: pip-trusted-host
    subprocess.check_call([sys.executable, "-m", "pip", "install", "--trusted-host", host, "-r", "req.txt"])


def ok():
    # ok: pip-trusted-host
    subprocess.run(["pip", "install", "--cert", "/etc/ssl/corp-ca.pem", "acme==1.0"])
    # ok: pip-trusted-host
    subprocess.run(["pip", "config", "list"])
