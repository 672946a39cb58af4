# Django settings (MIDDLEWARE defined) and a Flask app in one fixture.
import os
from flask import Flask

MIDDLEWARE = ["django.contrib.sessions.middleware.SessionMiddleware"]

# ruleid: cookie-secure-disabled
SESSION_COOKIE_SECURE = False
# ruleid: cookie-secure-disabled
CSRF_COOKIE_SECURE = 0
# ok: cookie-secure-disabled
LANGUAGE_COOKIE_SECURE = False
# ok: cookie-secure-disabled
SESSION_COOKIE_SECURE = os.environ.get("HTTPS", "1") == "1"

app = Flask(__name__)
# ruleid: cookie-secure-disabled
app.config["SESSION_COOKIE_SECURE"] = False
# ruleid: cookie-secure-disabled
app.config.update(REMEMBER_COOKIE_SECURE=False, SESSION_COOKIE_HTTPONLY=True)
# ok: cookie-secure-disabled
app.config["SESSION_COOKIE_SECURE"] = True
