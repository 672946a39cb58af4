import pickle
import shelve
import dill
import jsonpickle
import pandas as pd
from pickle import loads as unpickle


def bad(blob, path, payload):
    # ruleid: pickle-deserialization
    pickle.loads(blob)
    with open(path, "rb") as fh:
        # ruleid: pickle-deserialization
        data = pickle.Unpickler(fh).load()
    # ruleid: pickle-deserialization
    unpickle(blob)
    # ruleid: pickle-deserialization
    dill.load(open(path, "rb"))
    # ruleid: pickle-deserialization
    db = shelve.open(path)
    # ruleid: pickle-deserialization
    jsonpickle.decode(payload)
    # ruleid: pickle-deserialization
    frame = pd.read_pickle(path)


def ok(blob, path, obj):
    # ok: pickle-deserialization
    pickle.dumps(obj)
    # ok: pickle-deserialization
    jsonpickle.encode(obj)
    # ok: pickle-deserialization
    pd.read_csv(path)
    # ok: pickle-deserialization
    json_loader.loads(blob)
# ok: pickle-deserialization
copy = pickle.loads(pickle.dumps(config))
# ruleid: pickle-deserialization
other = pickle.loads(cache.dumps(config))
