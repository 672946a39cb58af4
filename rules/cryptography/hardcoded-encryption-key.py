import hmac
import os
from cryptography.fernet import Fernet
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from Crypto.Cipher import AES

KEY = b"q8Zt3Kp9Lm2Vx7Rn4WcYb6Tf1Gh5Jk0AbCdEfGhIjK="

# ruleid: hardcoded-encryption-key
f = Fernet(b"q8Zt3Kp9Lm2Vx7Rn4WcYb6Tf1Gh5Jk0AbCdEfGhIjK=")
# ruleid: hardcoded-encryption-key
box = AESGCM(KEY)
# ruleid: hardcoded-encryption-key
cipher = AES.new(b"Sixteen byte key", AES.MODE_GCM)
# ruleid: hardcoded-encryption-key
mac = hmac.new(b"webhook-secret", body, "sha256").hexdigest()

# ok: hardcoded-encryption-key
f = Fernet(os.environ["FERNET_KEY"])
# ok: hardcoded-encryption-key
f = Fernet(Fernet.generate_key())
# ok: hardcoded-encryption-key
mac = hmac.new(settings.WEBHOOK_KEY, body, "sha256").hexdigest()
# ok: hardcoded-encryption-key
cipher = AES.new(key, AES.MODE_GCM)
