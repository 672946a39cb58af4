# The project's own validators, imported by validated.py: one returns the check, one raises on failure.
import re


def is_slug(value):
    return re.fullmatch(r"[a-z0-9-]+", value) is not None


def require_token(value):
    if not value.isalnum():
        raise ValueError("bad token")
