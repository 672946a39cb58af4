from django.contrib.auth.hashers import make_password

PASSWORD_HASHERS = [
    # ruleid: django-weak-password-hasher
    "django.contrib.auth.hashers.MD5PasswordHasher",
    # ok: django-weak-password-hasher
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    # ruleid: django-weak-password-hasher
    "django.contrib.auth.hashers.UnsaltedSHA1PasswordHasher",
]

# ruleid: django-weak-password-hasher
encoded = make_password(raw, None, "md5")
# ok: django-weak-password-hasher
encoded = make_password(raw)
# ok: django-weak-password-hasher
encoded = make_password(raw, hasher="argon2")
