import ssl
import ssl as _ssl

# ruleid: unverified-https-context-patch
ssl._create_default_https_context = ssl._create_unverified_context


def setup():
    # ruleid: unverified-https-context-patch
    _ssl._create_default_https_context = lambda: _ssl._create_unverified_context()


def ok():
    # ok: unverified-https-context-patch
    ssl._create_default_https_context = ssl.create_default_context
    # ok: unverified-https-context-patch
    context = ssl._create_default_https_context()
    # ok: unverified-https-context-patch
    settings._create_default_https_context = None
    return context
