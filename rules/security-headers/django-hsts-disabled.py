# Django settings; MIDDLEWARE is defined and SECURE_HSTS_SECONDS is set, so "missing" does not apply.
import os

# ok: django-hsts-disabled
MIDDLEWARE = ["django.middleware.security.SecurityMiddleware"]

# ruleid: django-hsts-disabled
SECURE_HSTS_SECONDS = 0

# ruleid: django-hsts-disabled
SECURE_HSTS_SECONDS = 3600

# ok: django-hsts-disabled
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365

# ok: django-hsts-disabled
SECURE_HSTS_SECONDS = int(os.environ.get("HSTS_SECONDS", "31536000"))

# ok: django-hsts-disabled
SECURE_HSTS_INCLUDE_SUBDOMAINS = False
