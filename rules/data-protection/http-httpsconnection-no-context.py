import http.client
import httplib
import ssl


def bad(host):
    # ruleid: http-httpsconnection-no-context
    conn = http.client.HTTPSConnection(host)
    # ruleid: http-httpsconnection-no-context
    legacy = httplib.HTTPSConnection(host, 443, key_file="k.pem", cert_file="c.pem")
    return conn, legacy


def ok(host):
    # ok: http-httpsconnection-no-context
    conn = http.client.HTTPSConnection(host, context=ssl.create_default_context())
    # ok: http-httpsconnection-no-context
    plain = http.client.HTTPConnection("localhost")
    return conn, plain
