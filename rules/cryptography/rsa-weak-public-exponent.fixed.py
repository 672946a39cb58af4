from cryptography.hazmat.primitives.asymmetric import rsa
from Crypto.PublicKey import RSA

# ruleid: rsa-weak-public-exponent
key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
# ruleid: rsa-weak-public-exponent
key = rsa.generate_private_key(65537, 4096)
# ruleid: rsa-weak-public-exponent
key = RSA.generate(2048, e=65537)

# ok: rsa-weak-public-exponent
key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
# ok: rsa-weak-public-exponent
key = RSA.generate(3072)
# ok: rsa-weak-public-exponent
key = rsa.generate_private_key(public_exponent=exponent, key_size=3072)
