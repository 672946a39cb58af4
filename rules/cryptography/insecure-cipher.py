from Crypto.Cipher import ARC2 as legacy_rc2
from Crypto.Cipher import ARC4 as legacy_rc4
from Crypto.Cipher import AES
from Cryptodome.Cipher import DES as dome_des
from Cryptodome.Cipher import XOR as dome_xor
from cryptography.hazmat.primitives.ciphers import Cipher
from cryptography.hazmat.primitives.ciphers import algorithms
from cryptography.hazmat.primitives.ciphers import modes
from cryptography.hazmat.backends import default_backend

key = load_key()
# ruleid: insecure-cipher
cipher = legacy_rc2.new(key, legacy_rc2.MODE_CFB, iv)
# ruleid: insecure-cipher
cipher = legacy_rc4.new(tempkey)
# ruleid: insecure-cipher
cipher = dome_des.new(key, dome_des.MODE_CTR, counter=ctr)
# ruleid: insecure-cipher
cipher = dome_xor.new(key)
# ruleid: insecure-cipher
cipher = Cipher(algorithms.ARC4(key), mode=None, backend=default_backend())
# ruleid: insecure-cipher
cipher = Cipher(algorithms.TripleDES(key), modes.CBC(iv), backend=default_backend())
# ruleid: insecure-cipher
cipher = Cipher(algorithms.IDEA(key), mode=None, backend=default_backend())

# ok: insecure-cipher
cipher = AES.new(key, AES.MODE_GCM)
# ok: insecure-cipher
cipher = Cipher(algorithms.AES(key), modes.GCM(iv))
# ok: insecure-cipher
cipher = Cipher(algorithms.ChaCha20(key, nonce), mode=None)
# ok: insecure-cipher
game.DES.new()
