from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.modes import ECB
from Crypto.Cipher import AES
from Cryptodome.Cipher import DES3

# ruleid: insecure-cipher-mode-ecb
mode = modes.ECB()
# ruleid: insecure-cipher-mode-ecb
cipher = Cipher(algorithms.AES(key), ECB())
# ruleid: insecure-cipher-mode-ecb
cipher = AES.new(key, AES.MODE_ECB)
# ruleid: insecure-cipher-mode-ecb
cipher = DES3.new(key, mode=DES3.MODE_ECB)

# ok: insecure-cipher-mode-ecb
cipher = Cipher(algorithms.AES(key), modes.GCM(iv))
# ok: insecure-cipher-mode-ecb
cipher = AES.new(key, AES.MODE_GCM, nonce=nonce)
# ok: insecure-cipher-mode-ecb
cipher = AES.new(key, AES.MODE_CBC, iv)
