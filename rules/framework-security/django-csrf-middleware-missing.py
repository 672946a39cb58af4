# Django settings.
INSTALLED_APPS = ["django.contrib.sessions"]

# ruleid: django-csrf-middleware-missing
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
]

# ruleid: django-csrf-middleware-missing
MIDDLEWARE_CLASSES = ("django.contrib.sessions.middleware.SessionMiddleware",)

# ok: django-csrf-middleware-missing
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
]

# ok: django-csrf-middleware-missing
MIDDLEWARE = BASE_MIDDLEWARE + ["app.middleware.Audit"]

# Not Django middleware.
# ok: django-csrf-middleware-missing
MIDDLEWARE = ["app.middleware.Timing"]

# A project's own CsrfViewMiddleware subclass protects as well.
# ok: django-csrf-middleware-missing
MIDDLEWARE = [
    "django.contrib.sessions.middleware.SessionMiddleware",
    "pretix.base.middleware.CsrfViewMiddleware",
]
