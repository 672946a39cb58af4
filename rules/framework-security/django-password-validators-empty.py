# Django settings (INSTALLED_APPS is defined).
INSTALLED_APPS = ["django.contrib.auth"]

# ruleid: django-password-validators-empty
AUTH_PASSWORD_VALIDATORS = []

# ruleid: django-password-validators-empty
AUTH_PASSWORD_VALIDATORS = ()

# ok: django-password-validators-empty
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
]

# ok: django-password-validators-empty
PASSWORD_HASHERS = []

# ok: django-password-validators-empty
AUTH_PASSWORD_VALIDATORS = load_validators()
