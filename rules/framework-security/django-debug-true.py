# A Django settings module (it defines INSTALLED_APPS), so module-level settings are checked.
import os

INSTALLED_APPS = ["django.contrib.admin", "django.contrib.auth"]

# ruleid: django-debug-true
DEBUG = True

# ok: django-debug-true
TEMPLATE_DEBUG = True


def toggles():
    # A local variable, not the setting.
    # ok: django-debug-true
    DEBUG = True
    return DEBUG


class Features:
    # ok: django-debug-true
    DEBUG = True


# ok: django-debug-true
DEBUG_TOOLBAR = os.environ.get("DJANGO_DEBUG") == "1"

if os.environ.get("CI"):
    # Reassignment inside a block is out of scope (module level statements only).
    # todoruleid: django-debug-true
    DEBUG = True

# ruleid: django-debug-true
DEBUG = 1
