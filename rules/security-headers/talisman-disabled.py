from flask import Flask
from flask_talisman import Talisman

app = Flask(__name__)

# ruleid: talisman-disabled
Talisman(app, force_https=False)
# ruleid: talisman-disabled
Talisman(app, content_security_policy=None, strict_transport_security=False)
# ok: talisman-disabled
Talisman(app)
# ok: talisman-disabled
Talisman(app, content_security_policy={"default-src": "'self'"}, force_https=True)


class Talisman2:
    def __init__(self, app, force_https=True):
        self.app = app


# ok: talisman-disabled
Talisman2(app, force_https=False)
