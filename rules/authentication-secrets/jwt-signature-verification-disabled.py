import jwt
from jose import jwt as jose_jwt

NO_VERIFY = {"verify_signature": False}

# ruleid: jwt-signature-verification-disabled
claims = jwt.decode(token, verify=False)
# ruleid: jwt-signature-verification-disabled
claims = jwt.decode(token, options={"verify_signature": False})
# ruleid: jwt-signature-verification-disabled
claims = jose_jwt.decode(token, key, options=NO_VERIFY)

# ok: jwt-signature-verification-disabled
claims = jwt.decode(token, key=PUBLIC_KEY, algorithms=["RS256"])
# ok: jwt-signature-verification-disabled
header = jwt.get_unverified_header(token)
# ok: jwt-signature-verification-disabled
claims = jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], options={"verify_aud": False})
# ok: jwt-signature-verification-disabled
data = json.decode(blob, verify=False)
