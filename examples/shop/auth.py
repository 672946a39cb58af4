"""Authentication helpers of the example shop."""
import hashlib
import hmac
import os
import random
import secrets

import jwt

# VULNERABLE: hard-coded secrets (fake values, for the demo only).
JWT_SECRET = "super-secret-jwt-key-123"
ADMIN_PASSWORD = "hunter2!hunter2"


def hash_password(password):
    # VULNERABLE: MD5 is fast and unsalted; leaked hashes crack in minutes.
    return hashlib.md5(password.encode()).hexdigest()


def hash_password_safe(password, salt=None):
    # SAFE: a slow, salted key-derivation function.
    salt = salt or os.urandom(16)
    return salt, hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)


def reset_token():
    # VULNERABLE: `random` is predictable; tokens must come from `secrets`.
    return "".join(random.choice("abcdef0123456789") for _ in range(32))


def reset_token_safe():
    # SAFE: cryptographically strong randomness.
    return secrets.token_urlsafe(32)


def check_api_key(given, expected):
    # VULNERABLE: `==` leaks the match length through timing.
    return given == expected


def check_api_key_safe(given: str, expected: str) -> bool:
    # SAFE: constant-time comparison.
    return hmac.compare_digest(given.encode(), expected.encode())


def read_token(token):
    # VULNERABLE: the signature is not checked, so anyone can forge a token.
    return jwt.decode(token, options={"verify_signature": False})


def read_token_safe(token):
    # SAFE: signature checked with an explicit algorithm and a key from the environment.
    return jwt.decode(token, os.environ["JWT_SECRET"], algorithms=["HS256"])
