# Django settings (INSTALLED_APPS defined).
INSTALLED_APPS = ["django.contrib.sessions"]

# ruleid: django-session-pickle-serializer
SESSION_SERIALIZER = "django.contrib.sessions.serializers.PickleSerializer"

# ruleid: django-session-pickle-serializer
SESSION_SERIALIZER = "myapp.sessions.FastPickleSerializer"

# ok: django-session-pickle-serializer
SESSION_SERIALIZER = "django.contrib.sessions.serializers.JSONSerializer"

# ok: django-session-pickle-serializer
CACHE_SERIALIZER = "django_redis.serializers.pickle.PickleSerializer"
