import ssl

import urllib3

DEFAULT_CIPHERS = load_cipher_policy()
from OpenSSL import SSL


def bad(sock):
    ctx = ssl.create_default_context()
    # ruleid: ssl-weak-ciphers
    ctx.set_ciphers("ALL:@SECLEVEL=0")
    legacy = SSL.Context(SSL.TLS_METHOD)
    # ruleid: ssl-weak-ciphers
    legacy.set_cipher_list(b"RC4-SHA")
    # ruleid: ssl-weak-ciphers
    pool = urllib3.PoolManager(ciphers="DES-CBC3-SHA:NULL")
    return pool


def ok():
    ctx = ssl.create_default_context()
    # ok: ssl-weak-ciphers
    ctx.set_ciphers("ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL:!MD5:!RC4")
    # ok: ssl-weak-ciphers
    ctx.set_ciphers("HIGH:!aNULL:!eNULL:-3DES")
    # ok: ssl-weak-ciphers
    ctx.set_ciphers(DEFAULT_CIPHERS)
