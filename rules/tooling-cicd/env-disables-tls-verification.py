import os
from os import environ


def bad():
    # ruleid: env-disables-tls-verification
    os.environ["CURL_CA_BUNDLE"] = ""
    # ruleid: env-disables-tls-verification
    os.environ["PYTHONHTTPSVERIFY"] = "0"
    # ruleid: env-disables-tls-verification
    environ.setdefault("GIT_SSL_NO_VERIFY", "true")
    # ruleid: env-disables-tls-verification
    os.environ.update({"REQUESTS_CA_BUNDLE": ""})


def ok(bundle):
    # ok: env-disables-tls-verification
    os.environ["REQUESTS_CA_BUNDLE"] = "/etc/ssl/certs/corp-ca.pem"
    # ok: env-disables-tls-verification
    os.environ["PYTHONHTTPSVERIFY"] = "1"
    # ok: env-disables-tls-verification
    settings["CURL_CA_BUNDLE"] = ""
    # ok: env-disables-tls-verification
    os.environ["CURL_CA_BUNDLE"] = bundle
