# Django settings (MIDDLEWARE defined) and a Flask app in one fixture.
import datetime
from datetime import timedelta

from flask import Flask

MIDDLEWARE = ["django.contrib.sessions.middleware.SessionMiddleware"]

# ruleid: session-lifetime-excessive
SESSION_COOKIE_AGE = 60 * 60 * 24 * 365
# ok: session-lifetime-excessive
SESSION_COOKIE_AGE = 60 * 60 * 8
# ok: session-lifetime-excessive
CSRF_COOKIE_AGE = 31449600

app = Flask(__name__)
# ruleid: session-lifetime-excessive
app.permanent_session_lifetime = timedelta(days=90)
# ruleid: session-lifetime-excessive
app.config["REMEMBER_COOKIE_DURATION"] = datetime.timedelta(weeks=52)
# ok: session-lifetime-excessive
app.config["PERMANENT_SESSION_LIFETIME"] = timedelta(hours=12)
# ok: session-lifetime-excessive
app.config["PERMANENT_SESSION_LIFETIME"] = timedelta(days=int("7"))
