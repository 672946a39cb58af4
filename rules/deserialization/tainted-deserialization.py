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
