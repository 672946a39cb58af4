# Django settings.
import os

INSTALLED_APPS = ["django.contrib.admin"]

# ruleid: django-x-frame-options-weak
X_FRAME_OPTIONS = "ALLOWALL"

# ruleid: django-x-frame-options-weak
X_FRAME_OPTIONS = "ALLOW-FROM https://partner.example"

# ok: django-x-frame-options-weak
X_FRAME_OPTIONS = "DENY"

# ok: django-x-frame-options-weak
X_FRAME_OPTIONS = "sameorigin"

# ok: django-x-frame-options-weak
X_FRAME_OPTIONS = os.environ["FRAME_POLICY"]
