import os
import shutil


def bad(path, upload, cache_dir):
    if os.path.exists(path):
        # ruleid: file-check-then-use
        os.remove(path)
    if os.path.isfile(upload) and os.access(upload, os.R_OK):
        # ruleid: file-check-then-use
        with open(upload, "a") as f:
            return f.write("x")
    os.makedirs(cache_dir, exist_ok=True)
    if os.path.isdir(cache_dir):
        # ruleid: file-check-then-use
        shutil.rmtree(cache_dir)
    return None


def ok(path, other, cache_dir):
    try:
        # ok: file-check-then-use
        os.remove(path)
    except FileNotFoundError:
        pass
    if os.path.exists(path):
        # ok: file-check-then-use
        os.remove(other)
    # ok: file-check-then-use
    os.makedirs(cache_dir, exist_ok=True)
    if os.path.isfile(path):
        # ok: file-check-then-use
        with open(path) as f:
            return f.read()
    exists = os.path.exists(path)
    # ok: file-check-then-use
    return open(path) if exists else None
