import ssl
from OpenSSL import SSL


def bad(sock):
    # ruleid: ssl-insecure-version
    ssl.wrap_socket(sock, ssl_version=ssl.PROTOCOL_SSLv2)
    # ruleid: ssl-insecure-version
    SSL.Context(method=SSL.SSLv23_METHOD)
    # ruleid: ssl-insecure-version
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)
    # ruleid: ssl-insecure-version
    herp_derp(ssl_version=ssl.PROTOCOL_TLSv1_1)
    # ruleid: ssl-insecure-version
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def ok(sock):
    # ok: ssl-insecure-version
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    # ok: ssl-insecure-version
    SSL.Context(method=SSL.TLS_METHOD)
    # ok: ssl-insecure-version
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    # ok: ssl-insecure-version
    herp_derp(method="POST")
    return ctx
