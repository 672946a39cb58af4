import ssl
from OpenSSL import SSL


# ruleid: ssl-insecure-version-default
def open_ssl_socket(version=ssl.PROTOCOL_SSLv2):
    pass


# ruleid: ssl-insecure-version-default
def open_pyopenssl(host, version: int = SSL.TLSv1_1_METHOD):
    pass


# ok: ssl-insecure-version-default
def modern(version=ssl.PROTOCOL_TLS_CLIENT):
    pass


# ok: ssl-insecure-version-default
def unrelated(method="SSLv3_METHOD"):
    pass
