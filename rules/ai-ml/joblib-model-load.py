import joblib
import mlflow.sklearn
from skops import io as sio


def bad(path, uri):
    # ruleid: joblib-model-load
    model = joblib.load(path)
    # ruleid: joblib-model-load
    mlflow.sklearn.load_model(uri)
    # ruleid: joblib-model-load
    sio.load(path, trusted=True)


def ok(path, model, types):
    # ok: joblib-model-load
    joblib.dump(model, path)
    # ok: joblib-model-load
    sio.load(path, trusted=types)
    # ok: joblib-model-load
    json.load(open(path))
