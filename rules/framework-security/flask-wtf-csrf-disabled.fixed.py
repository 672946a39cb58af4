import os

from flask import Flask
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
# ruleid: flask-wtf-csrf-disabled
app.config["WTF_CSRF_ENABLED"] = True
# ruleid: flask-wtf-csrf-disabled
app.config.update(WTF_CSRF_CHECK_DEFAULT=True, SECRET_KEY=os.environ["SECRET_KEY"])
# ok: flask-wtf-csrf-disabled
app.config["WTF_CSRF_ENABLED"] = True
# ok: flask-wtf-csrf-disabled
app.config["WTF_CSRF_TIME_LIMIT"] = None
# ok: flask-wtf-csrf-disabled
csrf = CSRFProtect(app)
