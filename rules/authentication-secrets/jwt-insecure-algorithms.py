import jwt
from jose import jwt as jose_jwt

# ruleid: jwt-insecure-algorithms
claims = jwt.decode(token, PUBLIC_KEY)
# ruleid: jwt-insecure-algorithms
claims = jwt.decode(token, key=SECRET, algorithms=["HS256", "none"])
# ruleid: jwt-insecure-algorithms
claims = jose_jwt.decode(token, SECRET, algorithms="none")
# ruleid: jwt-insecure-algorithms
token = jwt.encode({"sub": "42"}, None, algorithm="none")

# ok: jwt-insecure-algorithms
claims = jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"])
# ok: jwt-insecure-algorithms
claims = jose_jwt.decode(token, SECRET, ["HS256"])
# ok: jwt-insecure-algorithms
token = jwt.encode({"sub": "42"}, PRIVATE_KEY, algorithm="RS256")
# ok: jwt-insecure-algorithms
claims = base64.decode(token, PUBLIC_KEY)
