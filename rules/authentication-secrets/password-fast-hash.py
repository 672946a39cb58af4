import hashlib
from hashlib import sha512


def register(user, password, salt):
    # ruleid: password-fast-hash
    user.pw = hashlib.sha256((salt + password).encode()).hexdigest()
    # ruleid: password-fast-hash
    user.pw = sha512(form.new_password.encode("utf-8")).hexdigest()
    # ruleid: password-fast-hash
    user.pw = hashlib.new("sha3_256", pwd.encode()).hexdigest()


def ok_cases(data, password_reset_token, password):
    # ok: password-fast-hash
    checksum = hashlib.sha256(data).hexdigest()
    # ok: password-fast-hash
    stored = hashlib.sha256(password_reset_token.encode()).hexdigest()
    # ok: password-fast-hash
    stored = argon2.PasswordHasher().hash(password)
    # ok: password-fast-hash
    key = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)
