import pycurl
import requests
import urllib.request


def bad(path, host, port, payload):
    # ruleid: ssrf-dangerous-url-scheme
    urllib.request.urlopen(f"file://{path}")
    curl = pycurl.Curl()
    # ruleid: ssrf-dangerous-url-scheme
    curl.setopt(pycurl.URL, f"gopher://{host}:{port}/_{payload}")
    # ruleid: ssrf-dangerous-url-scheme
    urllib.request.urlretrieve("ftp://mirror.internal/pub/data.csv")


def ok(path, host):
    # ok: ssrf-dangerous-url-scheme
    requests.get(f"https://{host}/status", timeout=5)
    # ok: ssrf-dangerous-url-scheme
    uri = f"file://{path}"
    # ok: ssrf-dangerous-url-scheme
    curl.setopt(pycurl.USERAGENT, "file://agent")
    return uri
