import hashlib
from hashlib import md5 as weak_md5

# The call forms Bandit B324 reports.
# ruleid: hashlib-insecure-hash
hashlib.md5(1)
# ruleid: hashlib-insecure-hash
hashlib.md5(1).hexdigest()
# ruleid: hashlib-insecure-hash
hashlib.new('md5')
# ruleid: hashlib-insecure-hash
hashlib.new('md4', 'test')
# ruleid: hashlib-insecure-hash
hashlib.new(name='md5', string='test')
# ruleid: hashlib-insecure-hash
hashlib.new('MD4', string='test')
# ruleid: hashlib-insecure-hash
hashlib.new(string='test', name='MD5')
# ruleid: hashlib-insecure-hash
hashlib.new('md5', b'test', True)
# ruleid: hashlib-insecure-hash
hashlib.new('sha1')
# ruleid: hashlib-insecure-hash
hashlib.new('sha', string='test')
# ruleid: hashlib-insecure-hash
hashlib.new('sha1', usedforsecurity=True)


def sign(secret, payload):
    # ruleid: hashlib-insecure-hash
    signature = weak_md5(secret + payload).hexdigest()
    return signature


def file_checksum(data):
    # ruleid: hashlib-insecure-hash
    return hashlib.sha1(data, usedforsecurity=False).hexdigest()


# ok: hashlib-insecure-hash
hashlib.new('sha256')
# ok: hashlib-insecure-hash
hashlib.new('SHA512')
# ok: hashlib-insecure-hash
hashlib.new('md5', b'test', False)
# ok: hashlib-insecure-hash
hashlib.new(name='sha1', usedforsecurity=False)
# ok: hashlib-insecure-hash
etag = hashlib.md5(b"body", usedforsecurity=False).hexdigest()
# ok: hashlib-insecure-hash
digest = hashlib.sha256(b"body").hexdigest()
# ok: hashlib-insecure-hash
other.md5(b"body")
# ok: hashlib-insecure-hash
legacy = hashlib.md5(b"body")  # nosec B303 -- Bandit < 1.7 reported hashlib.md5 as B303


def authorize_login_password(email):
    # A rate-limit key: the function's name alone does not make the digest a password hash (reported as weak,
    # not as "protects authorize_login_password").
    # ruleid: hashlib-insecure-hash
    salted = hashlib.sha1(email.encode()).hexdigest()
    return salted


def _get_client_nonce(nonce_count, server_nonce):
    # A digest-auth nonce: the message names the value, it does not claim the hash protects it.
    # ruleid: hashlib-insecure-hash
    client_nonce = hashlib.sha1(f"{nonce_count}{server_nonce}".encode()).hexdigest()
    return client_nonce
