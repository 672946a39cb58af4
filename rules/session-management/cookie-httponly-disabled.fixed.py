# Django settings (MIDDLEWARE defined) and a Flask app in one fixture.
from flask import Flask

MIDDLEWARE = ["django.contrib.sessions.middleware.SessionMiddleware"]

# ruleid: cookie-httponly-disabled
SESSION_COOKIE_HTTPONLY = True
# ok: cookie-httponly-disabled
CSRF_COOKIE_HTTPONLY = False
# ok: cookie-httponly-disabled
SESSION_COOKIE_HTTPONLY = True

app = Flask(__name__)
# ruleid: cookie-httponly-disabled
app.config["SESSION_COOKIE_HTTPONLY"] = True
# ruleid: cookie-httponly-disabled
app.config.from_mapping({"REMEMBER_COOKIE_HTTPONLY": True})
# ok: cookie-httponly-disabled
app.config["SESSION_COOKIE_SECURE"] = False
