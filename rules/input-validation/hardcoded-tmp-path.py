import os

# ruleid: hardcoded-tmp-path
CACHE_DIR = "/var/tmp/cache"


def bad(data, name):
    # ruleid: hardcoded-tmp-path
    f = open("/tmp/abc", "w")
    # ruleid: hardcoded-tmp-path
    os.makedirs("/dev/shm/unit/test")
    # ruleid: hardcoded-tmp-path
    path = f"/tmp/{name}.json"
    # ruleid: hardcoded-tmp-path
    LOG = "/tmp"
    return f, path, LOG


def ok(path):
    """Writes into /tmp/scratch when asked."""
    # ok: hardcoded-tmp-path
    f = open("/abc/tmp", "w")
    # ok: hardcoded-tmp-path
    if path.startswith("/tmp/"):
        return None
    # ok: hardcoded-tmp-path
    if path == "/tmp":
        return None
    # ok: hardcoded-tmp-path
    other = "/tmpfiles/data"
    # ok: hardcoded-tmp-path
    raw = b"/tmp/raw"
    # ok: hardcoded-tmp-path
    fd, name = tempfile.mkstemp(dir="/tmp")
    return f, other, raw
