import jwt
from jose import jwt as jose_jwt

# ruleid: jwt-expiry-check-disabled
claims = jwt.decode(token, KEY, algorithms=["HS256"], options={"verify_exp": False})
# ruleid: jwt-expiry-check-disabled
claims = jose_jwt.decode(token, KEY, algorithms=["HS256"], options={"verify_aud": True, "verify_exp": False})
# ruleid: jwt-expiry-check-disabled
claims = jwt.decode(token, KEY, verify_expiration=False)

# ok: jwt-expiry-check-disabled
claims = jwt.decode(token, KEY, algorithms=["HS256"], options={"require": ["exp"]})
# ok: jwt-expiry-check-disabled
claims = jwt.decode(token, KEY, algorithms=["HS256"], options={"verify_aud": False})
# ok: jwt-expiry-check-disabled
claims = cache.decode(token, options={"verify_exp": False})
