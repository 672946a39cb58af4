"""Files, caches and remote data of the example shop."""
import base64
import json
import pickle
import tarfile
import tempfile

import requests
import yaml


def load_cart(cookie):
    # VULNERABLE: unpickling a client-controlled cookie runs arbitrary code.
    return pickle.loads(base64.b64decode(cookie))


def load_cart_safe(cookie):
    # SAFE: JSON carries data only.
    return json.loads(base64.b64decode(cookie))


def load_catalogue(text):
    # VULNERABLE: yaml.load with the full loader can build arbitrary Python objects.
    return yaml.load(text, Loader=yaml.Loader)


def load_catalogue_safe(text):
    # SAFE: only plain YAML types.
    return yaml.safe_load(text)


def import_theme(path):
    # VULNERABLE: a crafted archive can write outside the target folder (../../etc/cron.d/x).
    with tarfile.open(path) as archive:
        archive.extractall("themes/")


def scratch_file():
    # VULNERABLE: mktemp returns a name another process can create first.
    return open(tempfile.mktemp(), "w")


def scratch_file_safe():
    # SAFE: the file is created atomically with private permissions.
    return tempfile.NamedTemporaryFile("w", delete=False)


def fetch_prices():
    # VULNERABLE: certificate checks off — anyone on the path can change prices.
    return requests.get("https://prices.example.com/today", verify=False, timeout=10).json()


def fetch_prices_safe():
    # SAFE: verified TLS and a timeout.
    return requests.get("https://prices.example.com/today", timeout=10).json()
