import numpy as np
from numpy import load


def bad(path, trusted):
    # ruleid: numpy-load-allow-pickle
    features = np.load(path, allow_pickle=True)
    # ruleid: numpy-load-allow-pickle
    load(path, None, True)
    # ruleid: numpy-load-allow-pickle
    np.load(path, allow_pickle=trusted)


def ok(path, fh):
    # ok: numpy-load-allow-pickle
    np.load(path)
    # ok: numpy-load-allow-pickle
    np.load(path, allow_pickle=False)
    # ok: numpy-load-allow-pickle
    torch_like.load(path, allow_pickle=True)
