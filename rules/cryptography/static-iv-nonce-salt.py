import hashlib
import os
import bcrypt
from Crypto.Cipher import AES
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

STATIC_IV = b"0123456789abcdef"

# ruleid: static-iv-nonce-salt
cipher = Cipher(algorithms.AES(key), modes.CBC(STATIC_IV))
# ruleid: static-iv-nonce-salt
cipher = Cipher(algorithms.AES(key), modes.GCM(b"\x00" * 12))
# ruleid: static-iv-nonce-salt
cipher = AES.new(key, AES.MODE_CBC, b"fixed-iv-16bytes")
# ruleid: static-iv-nonce-salt
cipher = AES.new(key, AES.MODE_GCM, nonce=b"nonce-12byte")
# ruleid: static-iv-nonce-salt
ct = AESGCM(key).encrypt(b"123456789012", data, None)
# ruleid: static-iv-nonce-salt
dk = hashlib.pbkdf2_hmac("sha256", password, b"static-salt", 600_000)
# ruleid: static-iv-nonce-salt
hashed = bcrypt.hashpw(password, b"$2b$12$abcdefghijklmnopqrstuu")

# ok: static-iv-nonce-salt
cipher = Cipher(algorithms.AES(key), modes.CBC(os.urandom(16)))
# ok: static-iv-nonce-salt
ct = AESGCM(key).encrypt(os.urandom(12), data, None)
# ok: static-iv-nonce-salt
dk = hashlib.pbkdf2_hmac("sha256", password, salt, 600_000)
# ok: static-iv-nonce-salt
hashed = bcrypt.hashpw(password, bcrypt.gensalt())
# ok: static-iv-nonce-salt
token = fernet.encrypt(b"payload")
# ok: static-iv-nonce-salt
ct = AESGCM(key).encrypt(nonce, b"constant plaintext is fine", None)
