import crypt
from crypt import METHOD_MD5


def store(password):
    # ruleid: crypt-weak-method
    a = crypt.crypt(password, salt=crypt.METHOD_CRYPT)
    # ruleid: crypt-weak-method
    b = crypt.crypt(password, METHOD_MD5)
    # ruleid: crypt-weak-method
    c = crypt.mksalt(crypt.METHOD_BLOWFISH)
    # ok: crypt-weak-method
    d = crypt.crypt(password)
    # ok: crypt-weak-method
    e = crypt.crypt(password, crypt.mksalt(crypt.METHOD_SHA512))
    # ok: crypt-weak-method
    f = crypt.mksalt()
    return a, b, c, d, e, f
