import pip
from pip._internal import main as pip_main


def bad(name):
    # ruleid: pip-main-install
    pip.main(["install", "pandas"])
    # ruleid: pip-main-install
    pip_main(["install", "--upgrade", name])


def ok():
    # ok: pip-main-install
    pip.main(["list"])
    # ok: pip-main-install
    pip.main(["freeze"])
    # ok: pip-main-install
    app.main(["install", "x"])
