# Flask headers, flask-talisman, and django-csp settings (INSTALLED_APPS defined) in one fixture.
from flask import Flask
from flask_talisman import Talisman

INSTALLED_APPS = ["csp"]

# ruleid: csp-unsafe-source
CSP_SCRIPT_SRC = ("'self'", "'unsafe-inline'")
# ok: csp-unsafe-source
CSP_STYLE_SRC = ("'self'", "'unsafe-inline'")
# ruleid: csp-unsafe-source
CONTENT_SECURITY_POLICY = {"DIRECTIVES": {"default-src": ["*"]}}

app = Flask(__name__)
# ruleid: csp-unsafe-source
Talisman(app, content_security_policy={"default-src": "'self'", "script-src": "'self' 'unsafe-eval'"})
# ok: csp-unsafe-source
Talisman(app, content_security_policy={"default-src": "'self'", "img-src": "*"})


@app.after_request
def add_csp(resp):
    # ruleid: csp-unsafe-source
    resp.headers["Content-Security-Policy"] = "default-src 'self'; script-src 'self' https:"
    # ok: csp-unsafe-source
    resp.headers["Content-Security-Policy"] = "default-src 'self'; script-src 'self' 'nonce-abc123'"
    return resp
