import hashlib
import hmac
from hashlib import sha1

# ruleid: hmac-weak-digest
sig = hmac.new(key, body, hashlib.md5).hexdigest()
# ruleid: hmac-weak-digest
sig = hmac.new(key, body, digestmod="sha1").hexdigest()
# ruleid: hmac-weak-digest
mac = hmac.digest(key, body, sha1)
# ruleid: hmac-weak-digest
legacy = hmac.new(key, body)

# ok: hmac-weak-digest
sig = hmac.new(key, body, hashlib.sha256).hexdigest()
# ok: hmac-weak-digest
sig = hmac.new(key, body, digestmod="sha512").hexdigest()
# ok: hmac-weak-digest
h = hmac.new(key, **options)
# ok: hmac-weak-digest
sig = other.new(key, body, hashlib.md5)
