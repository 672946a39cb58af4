import hashlib
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC
from passlib.hash import pbkdf2_sha256

ITERATIONS = 100_000

# ruleid: pbkdf2-low-iterations
dk = hashlib.pbkdf2_hmac("sha256", password, salt, 1000)
# ruleid: pbkdf2-low-iterations
dk = hashlib.pbkdf2_hmac(hash_name="sha512", password=password, salt=salt, iterations=ITERATIONS)
# ruleid: pbkdf2-low-iterations
kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=390000)
# ruleid: pbkdf2-low-iterations
hasher = pbkdf2_sha256.using(rounds=29000)

# ok: pbkdf2-low-iterations
dk = hashlib.pbkdf2_hmac("sha256", password, salt, 600_000)
# ok: pbkdf2-low-iterations
kdf = PBKDF2HMAC(algorithm=hashes.SHA512(), length=64, salt=salt, iterations=210000)
# ok: pbkdf2-low-iterations
dk = hashlib.pbkdf2_hmac("sha256", password, salt, settings.ITERATIONS)
# ok: pbkdf2-low-iterations
dk = other.pbkdf2_hmac("sha256", password, salt, 1000)
