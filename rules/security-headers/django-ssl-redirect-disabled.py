# Django settings that set SECURE_SSL_REDIRECT explicitly (so "missing" does not apply here).
import os

# ok: django-ssl-redirect-disabled
MIDDLEWARE = ["django.middleware.security.SecurityMiddleware"]

# ruleid: django-ssl-redirect-disabled
SECURE_SSL_REDIRECT = False

# ruleid: django-ssl-redirect-disabled
SECURE_SSL_REDIRECT = 0

# ok: django-ssl-redirect-disabled
SECURE_SSL_REDIRECT = True

# ok: django-ssl-redirect-disabled
SECURE_SSL_REDIRECT = os.environ.get("SSL_REDIRECT", "1") == "1"

# ok: django-ssl-redirect-disabled
SECURE_REDIRECT_EXEMPT = []
