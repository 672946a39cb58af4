import os
import subprocess


def bad():
    # ruleid: pip-index-insecure-http
    subprocess.run(["pip", "install", "-i", "http://pypi.corp.local/simple", "acme==1.0"])
    # ruleid: pip-index-insecure-http
    os.system("pip install --find-links=http://mirror.local/wheels acme==1.0")


def ok():
    # ok: pip-index-insecure-http
    subprocess.run(["pip", "install", "-i", "https://pypi.corp.local/simple", "acme==1.0"])
    # ok: pip-index-insecure-http
    subprocess.run(["curl", "-i", "http://example.com"])
