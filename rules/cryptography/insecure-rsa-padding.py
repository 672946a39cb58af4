from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding
from Crypto.Cipher import PKCS1_v1_5, PKCS1_OAEP

# ruleid: insecure-rsa-padding
ciphertext = public_key.encrypt(message, padding.PKCS1v15())
# ruleid: insecure-rsa-padding
plaintext = private_key.decrypt(ciphertext, padding=padding.PKCS1v15())
# ruleid: insecure-rsa-padding
cipher = PKCS1_v1_5.new(rsa_key)

# ok: insecure-rsa-padding
ciphertext = public_key.encrypt(message, padding.OAEP(mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None))
# ok: insecure-rsa-padding
signature = private_key.sign(message, padding.PKCS1v15(), hashes.SHA256())
# ok: insecure-rsa-padding
cipher = PKCS1_OAEP.new(rsa_key)
# ok: insecure-rsa-padding
token = fernet.encrypt(message)
