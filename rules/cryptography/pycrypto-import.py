# ruleid: pycrypto-import
from Crypto.Cipher import AES
# ruleid: pycrypto-import
from Crypto import Random
# ruleid: pycrypto-import
import Crypto.PublicKey.RSA as RSA
# ruleid: pycrypto-import
import os, Crypto.Hash

# ok: pycrypto-import
from Cryptodome.Cipher import AES as AES2
# ok: pycrypto-import
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
# ok: pycrypto-import
import CryptoUtils
# ok: pycrypto-import
from .Crypto import helpers
