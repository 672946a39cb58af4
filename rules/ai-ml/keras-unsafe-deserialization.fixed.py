import keras
import tensorflow as tf
from keras.models import load_model


def bad(path):
    # ruleid: keras-unsafe-deserialization
    model = keras.models.load_model(path)
    # ruleid: keras-unsafe-deserialization
    tf.keras.models.load_model(path, compile=False)
    # ruleid: keras-unsafe-deserialization
    load_model(path)
    # ruleid: keras-unsafe-deserialization
    keras.config.enable_unsafe_deserialization()


def ok(path, registry):
    # ok: keras-unsafe-deserialization
    keras.models.load_model(path)
    # ok: keras-unsafe-deserialization
    keras.models.load_model(path, safe_mode=True)
    # ok: keras-unsafe-deserialization
    registry.load_model(path, strict=False)
