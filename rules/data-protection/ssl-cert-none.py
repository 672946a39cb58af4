import ssl
import redis
import urllib3


def bad(host):
    ctx = ssl.create_default_context()
    # ruleid: ssl-cert-none
    ctx.check_hostname = False
    # ruleid: ssl-cert-none
    ctx.verify_mode = ssl.CERT_NONE
    # ruleid: ssl-cert-none
    pool = urllib3.PoolManager(cert_reqs="CERT_NONE")
    # ruleid: ssl-cert-none
    cache = redis.Redis(host=host, ssl=True, ssl_cert_reqs="none")
    return pool, cache


def ok(host):
    ctx = ssl.create_default_context()
    # ok: ssl-cert-none
    ctx.verify_mode = ssl.CERT_REQUIRED
    # ok: ssl-cert-none
    ctx.check_hostname = True
    # ok: ssl-cert-none
    pool = urllib3.PoolManager(cert_reqs="CERT_REQUIRED")
    # ok: ssl-cert-none
    check_hostname = False
    return pool, check_hostname
