import os
import jwt
from jose import jwt as jose_jwt

SECRET = "supersecret-signing-key"

# ruleid: jwt-hardcoded-secret
token = jwt.encode({"sub": "42"}, "supersecret", algorithm="HS256")
# ruleid: jwt-hardcoded-secret
claims = jwt.decode(token, SECRET, algorithms=["HS256"])
# ruleid: jwt-hardcoded-secret
claims = jose_jwt.decode(token, key=b"k3y-bytes", algorithms=["HS256"])

# ok: jwt-hardcoded-secret
token = jwt.encode({"sub": "42"}, os.environ["JWT_KEY"], algorithm="HS256")
# ok: jwt-hardcoded-secret
claims = jwt.decode(token, settings.JWT_KEY, algorithms=["HS256"])
# ok: jwt-hardcoded-secret
token = jwt.encode({"sub": "42"}, None, algorithm="none")
# ok: jwt-hardcoded-secret
payload = json.encode({"sub": "42"}, "supersecret")
