# ruleid: pickle-module-import
import pickle
# ruleid: pickle-module-import
from dill import loads
# ruleid: pickle-module-import
import shelve as db
# ruleid: pickle-module-import
import cPickle
# ok: pickle-module-import
import pickletools_docs
# ok: pickle-module-import
import json
# ok: pickle-module-import
from cache.pickle import store
import importlib
# ruleid: pickle-module-import
codec = __import__("pickle")
# ruleid: pickle-module-import
codec = importlib.import_module("dill")
# ok: pickle-module-import
codec = importlib.import_module("pickletools_docs")
