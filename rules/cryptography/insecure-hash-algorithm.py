from cryptography.hazmat.primitives import hashes
from Crypto.Hash import MD2 as pycrypto_md2
from Crypto.Hash import MD4 as pycrypto_md4
from Crypto.Hash import MD5 as pycrypto_md5
from Crypto.Hash import SHA256
from Cryptodome.Hash import SHA1
import hashlib

# Bandit's crypto-md5.py lines.
# ruleid: insecure-hash-algorithm
pycrypto_md2.new()
# ruleid: insecure-hash-algorithm
pycrypto_md4.new()
# ruleid: insecure-hash-algorithm
pycrypto_md5.new()
# ruleid: insecure-hash-algorithm
hashes.MD5()
# ruleid: insecure-hash-algorithm
digest = hashes.Hash(hashes.SHA1())
# ruleid: insecure-hash-algorithm
h = SHA1.new(b"data")

# ok: insecure-hash-algorithm
digest = hashes.Hash(hashes.SHA256())
# ok: insecure-hash-algorithm
h = SHA256.new(b"data")
# ok: insecure-hash-algorithm
mymodule.MD5.new()
