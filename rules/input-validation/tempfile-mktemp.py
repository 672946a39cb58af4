import os
import tempfile
import tempfile as tf
from tempfile import mktemp


def bad(data):
    # ruleid: tempfile-mktemp
    path = tempfile.mktemp(suffix=".csv")
    with open(path, "w") as f:
        f.write(data)
    # ruleid: tempfile-mktemp
    other = tf.mktemp(".log", "app")
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
