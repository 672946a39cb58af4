import importlib
from importlib import import_module

PLUGIN_PACKAGE = "myapp.plugins"


def bad(name, fmt):
    # ruleid: dynamic-import-computed-name
    module = importlib.import_module("plugins." + name)
    # ruleid: dynamic-import-computed-name
    __import__(fmt)
    # ruleid: dynamic-import-computed-name
    import_module(f"{PLUGIN_PACKAGE}.{name}")


def ok():
    # ok: dynamic-import-computed-name
    importlib.import_module("json")
    # ok: dynamic-import-computed-name
    __import__(PLUGIN_PACKAGE + ".core")
    # ok: dynamic-import-computed-name
    importlib.reload(importlib)


# Look-alikes: a name taken from a literal tuple of module names.
def formats():
    loaded = []
    for module_name in ("json", "csv"):
        # ok: dynamic-import-computed-name
        loaded.append(importlib.import_module(module_name))
    codec = "json"
    # ok: dynamic-import-computed-name
    loaded.append(import_module(codec))
    return loaded


def configured(names):
    for module_name in names:
        # ruleid: dynamic-import-computed-name
        importlib.import_module(module_name)
