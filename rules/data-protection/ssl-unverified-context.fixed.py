import ssl
import urllib.request
from ssl import _create_unverified_context as insecure


def bad(url):
    # ruleid: ssl-unverified-context
    ctx = ssl.create_default_context()
    # ruleid: ssl-unverified-context
    other = insecure(cafile=None)
    return urllib.request.urlopen(url, context=ctx), other


def ok(url):
    # ok: ssl-unverified-context
    ctx = ssl.create_default_context()
    # ok: ssl-unverified-context
    helper._create_unverified_context()
    return urllib.request.urlopen(url, context=ctx)
