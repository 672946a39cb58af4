import os
import tempfile
import tempfile as tf
from tempfile import mktemp


def bad(data):
    # ruleid: tempfile-mktemp
    _tmp_fd, path = tempfile.mkstemp(suffix=".csv")
    os.close(_tmp_fd)
    with open(path, "w") as f:
        f.write(data)
    # ruleid: tempfile-mktemp
    _tmp_fd, other = tf.mkstemp(".log", "app")
    os.close(_tmp_fd)
    # ruleid: tempfile-mktemp
    open(mktemp(), "w").write(data)
    return path, other


def ok(data):
    # ok: tempfile-mktemp
    fd, path = tempfile.mkstemp(suffix=".csv")
    # ok: tempfile-mktemp
    with tempfile.NamedTemporaryFile() as f:
        f.write(data)
    # ok: tempfile-mktemp
    name = mymodule.mktemp()
    os.close(fd)
    return path, name
