# A Django settings module (MIDDLEWARE is defined), with a Flask app further down.
import os
from flask import Flask

MIDDLEWARE = ["django.middleware.security.SecurityMiddleware"]

# ruleid: secret-key-literal
SECRET_KEY = "django-insecure-9x!w3k@h#2v$7q^l0zn8p4u6r5t1y0e"

# ruleid: secret-key-literal
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "change-me-in-production")

# ok: secret-key-literal
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
# ok: secret-key-literal
SECRET_KEY_FALLBACKS = []

app = Flask(__name__)
# ruleid: secret-key-literal
app.secret_key = b"_5#y2L\"F4Q8z\n\xec]/"
# ruleid: secret-key-literal
app.config["SECRET_KEY"] = "super secret"
# ok: secret-key-literal
app.config["SECRET_KEY"] = os.urandom(32)
# ok: secret-key-literal
app.config["SECRET_KEY"] = os.getenv("SECRET_KEY")


def local_only():
    # A local variable, not the setting.
    # ok: secret-key-literal
    SECRET_KEY = "not a setting"
    return SECRET_KEY
