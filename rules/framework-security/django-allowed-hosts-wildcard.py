# Django settings (INSTALLED_APPS is defined).
import os

INSTALLED_APPS = ["django.contrib.auth"]

# ruleid: django-allowed-hosts-wildcard
ALLOWED_HOSTS = ["*"]

# ruleid: django-allowed-hosts-wildcard
ALLOWED_HOSTS = ("localhost", "*")

# ok: django-allowed-hosts-wildcard
ALLOWED_HOSTS = [".example.com", "localhost"]

# ok: django-allowed-hosts-wildcard
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "").split(",")

# ok: django-allowed-hosts-wildcard
CORS_ALLOWED_ORIGINS = ["*"]
