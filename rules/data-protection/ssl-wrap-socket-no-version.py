import ssl
from ssl import wrap_socket


def bad(sock):
    # ruleid: ssl-wrap-socket-no-version
    tls = ssl.wrap_socket(sock)
    # ruleid: ssl-wrap-socket-no-version
    other = wrap_socket(sock, server_side=True)
    return tls, other


def ok(sock, host):
    # ok: ssl-wrap-socket-no-version
    tls = ssl.wrap_socket(sock, ssl_version=ssl.PROTOCOL_TLS_CLIENT)
    ctx = ssl.create_default_context()
    # ok: ssl-wrap-socket-no-version
    other = ctx.wrap_socket(sock, server_hostname=host)
    return tls, other
