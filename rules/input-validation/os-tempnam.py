import os
from os import tmpnam


def bad():
    # ruleid: os-tempnam
    first = os.tempnam("/tmp", "job")
    # ruleid: os-tempnam
    second = tmpnam()
    return first, second


def ok():
    # ok: os-tempnam
    fd, path = tempfile.mkstemp(prefix="job")
    # ok: os-tempnam
    name = names.tempnam()
    return fd, path, name
