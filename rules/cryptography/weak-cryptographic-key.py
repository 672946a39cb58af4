from cryptography.hazmat import backends
from cryptography.hazmat.primitives.asymmetric import dsa
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric import rsa
from Crypto.PublicKey import DSA
from Crypto.PublicKey import RSA

KEY_BITS = 1024

# Correct (Bandit's weak_cryptographic_key_sizes.py)
# ok: weak-cryptographic-key
dsa.generate_private_key(key_size=2048,
                         backend=backends.default_backend())
# ok: weak-cryptographic-key
rsa.generate_private_key(3,
                         4096,
                         backends.default_backend())
# ok: weak-cryptographic-key
ec.generate_private_key(ec.SECP256K1,
                        backends.default_backend())
# ok: weak-cryptographic-key
RSA.generate(4096)
# ok: weak-cryptographic-key
rsa.generate_private_key(public_exponent=65537,
                         key_size=some_key_size,
                         backend=backends.default_backend())

# Incorrect: weak key sizes
# ruleid: weak-cryptographic-key
dsa.generate_private_key(key_size=1024,
                         backend=backends.default_backend())
# ruleid: weak-cryptographic-key
rsa.generate_private_key(public_exponent=65537,
                         key_size=1024,
                         backend=backends.default_backend())
# ruleid: weak-cryptographic-key
DSA.generate(bits=1024)
# ruleid: weak-cryptographic-key
RSA.generate(bits=1024)
# ruleid: weak-cryptographic-key
dsa.generate_private_key(512,
                         backends.default_backend())
# ruleid: weak-cryptographic-key
ec.generate_private_key(ec.SECT163R2,
                        backends.default_backend())
# ruleid: weak-cryptographic-key
rsa.generate_private_key(3,
                         512,
                         backends.default_backend())
# ruleid: weak-cryptographic-key
DSA.generate(512)
# ruleid: weak-cryptographic-key
RSA.generate(KEY_BITS)
# ruleid: weak-cryptographic-key
ec.generate_private_key(curve=ec.SECP192R1())
