"""Django-style settings of the example shop's admin site."""
import os

# VULNERABLE: a committed secret key signs every session and password-reset link (fake value).
SECRET_KEY = "django-insecure-0b1c2d3e4f5g6h7i8j9k0l1m2n3o4p5q6r7s8t9u0v"

# VULNERABLE: debug pages leak settings and source code; any Host header is accepted.
DEBUG = True
ALLOWED_HOSTS = ["*"]

# VULNERABLE: unsalted MD5 password hashes.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.UnsaltedMD5PasswordHasher"]

# SAFE: the database password comes from the environment.
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "shop",
        "PASSWORD": os.environ.get("SHOP_DB_PASSWORD", ""),
    }
}

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
