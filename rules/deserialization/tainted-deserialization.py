import base64
import json
import pickle
import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/state")
def state():
    blob = base64.b64decode(request.cookies["state"])
    # ruleid: tainted-deserialization
    data = pickle.loads(blob)
    # ok: tainted-deserialization
    same = json.loads(blob)
    return str((data, same))


@app.route("/config", methods=["POST"])
def config():
    # ruleid: tainted-deserialization
    conf = yaml.load(request.data, Loader=yaml.Loader)
    # ok: tainted-deserialization
    safe = yaml.load(request.data, Loader=yaml.SafeLoader)
    return str((conf, safe))


from flask import abort


# Look-alikes: a library function's parameter, yaml.safe_load, folded constants and containers, a value
# overwritten on every path, torch.load with weights_only; a guard on the wrong variable still fires.
def load_cache(blob):
    # ok: tainted-deserialization
    return pickle.loads(blob)


@app.route("/safe-yaml", methods=["POST"])
def safe_yaml():
    # ok: tainted-deserialization
    return str(yaml.safe_load(request.data))


@app.route("/folded", methods=["POST"])
def folded():
    blob = request.data
    if 7 * 6 > 40:
        blob = pickle.dumps({"a": 1})
    # ok: tainted-deserialization
    first = pickle.loads(blob)
    blobs = {"default": pickle.dumps([]), "user": request.data}
    # ok: tainted-deserialization
    second = pickle.loads(blobs["default"])
    # ruleid: tainted-deserialization
    third = pickle.loads(blobs["user"])
    return str((first, second, third))


@app.route("/either", methods=["POST"])
def either():
    blob = request.data
    if request.args.get("empty"):
        blob = pickle.dumps([])
    else:
        blob = pickle.dumps({})
    # ok: tainted-deserialization
    return str(pickle.loads(blob))


@app.route("/model", methods=["POST"])
def model():
    import torch
    # ok: tainted-deserialization
    weights = torch.load(request.files["model"], weights_only=True)
    # ruleid: tainted-deserialization
    full = torch.load(request.files["model"])
    return str((weights, full))


@app.route("/wrong-guard", methods=["POST"])
def wrong_guard():
    blob = request.data
    kind = request.args["kind"]
    if kind not in ("a", "b"):
        abort(400)
    # ruleid: tainted-deserialization
    return str(pickle.loads(blob))
