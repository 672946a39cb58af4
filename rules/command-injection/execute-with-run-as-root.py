from nova import utils
from nova.utils import trycmd


def bad(path, user):
    # ruleid: execute-with-run-as-root
    utils.execute("chown", user, path, run_as_root=True)
    # ruleid: execute-with-run-as-root
    trycmd("mount", path, run_as_root=True)


def ok(path, cursor):
    # ok: execute-with-run-as-root
    utils.execute("ls", path, run_as_root=False)
    # ok: execute-with-run-as-root
    utils.execute("ls", path)
    # ok: execute-with-run-as-root
    cursor.execute("SELECT 1")
