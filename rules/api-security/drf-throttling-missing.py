# Django settings (INSTALLED_APPS defined).
INSTALLED_APPS = ["rest_framework"]

# ruleid: drf-throttling-missing
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework.authentication.SessionAuthentication"],
}

# ruleid: drf-throttling-missing
REST_FRAMEWORK = {"DEFAULT_THROTTLE_CLASSES": []}

# ok: drf-throttling-missing
REST_FRAMEWORK = {
    "DEFAULT_THROTTLE_CLASSES": ["rest_framework.throttling.AnonRateThrottle"],
    "DEFAULT_THROTTLE_RATES": {"anon": "100/hour"},
}

# ok: drf-throttling-missing
REST_FRAMEWORK = build_rest_framework_settings()

# ok: drf-throttling-missing
GRAPHENE = {"SCHEMA": "app.schema.schema"}
