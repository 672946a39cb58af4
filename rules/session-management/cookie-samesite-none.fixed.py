# Django settings (MIDDLEWARE defined) and a Flask app in one fixture.
from flask import Flask

MIDDLEWARE = ["django.contrib.sessions.middleware.SessionMiddleware"]

# ruleid: cookie-samesite-none
SESSION_COOKIE_SAMESITE = "Lax"
# ruleid: cookie-samesite-none
CSRF_COOKIE_SAMESITE = "Lax"
# ok: cookie-samesite-none
SESSION_COOKIE_SAMESITE = "Lax"
# ok: cookie-samesite-none
LANGUAGE_COOKIE_SAMESITE = None

app = Flask(__name__)
# ruleid: cookie-samesite-none
app.config["SESSION_COOKIE_SAMESITE"] = "Lax"
# ok: cookie-samesite-none
app.config["SESSION_COOKIE_SAMESITE"] = "Strict"
