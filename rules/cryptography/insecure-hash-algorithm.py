from cryptography.hazmat.primitives import hashes
from Crypto.Hash import MD2 as md2_hash
from Crypto.Hash import MD4 as md4_hash
from Crypto.Hash import MD5 as md5_hash
from Crypto.Hash import SHA256
from Cryptodome.Hash import SHA1
import hashlib

# ruleid: insecure-hash-algorithm
md2_hash.new()
# ruleid: insecure-hash-algorithm
md4_hash.new()
# ruleid: insecure-hash-algorithm
md5_hash.new()
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
