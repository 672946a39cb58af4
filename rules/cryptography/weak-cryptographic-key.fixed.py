from cryptography.hazmat import backends
from cryptography.hazmat.primitives.asymmetric import dsa, ec, rsa
from Crypto.PublicKey import DSA
from Crypto.PublicKey import RSA

LEGACY_BITS = 1024


def strong_keys(bits_from_config):
    # ok: weak-cryptographic-key
    signer = dsa.generate_private_key(key_size=3072, backend=backends.default_backend())
    # ok: weak-cryptographic-key
    server = rsa.generate_private_key(65537, 4096, backends.default_backend())
    # ok: weak-cryptographic-key
    device = ec.generate_private_key(ec.SECP384R1(), backends.default_backend())
    # ok: weak-cryptographic-key
    client = RSA.generate(bits=2048)
    # ok: weak-cryptographic-key
    dynamic = rsa.generate_private_key(public_exponent=65537, key_size=bits_from_config)
    return signer, server, device, client, dynamic


def weak_keys():
    # ruleid: weak-cryptographic-key
    old_signer = dsa.generate_private_key(key_size=3072,
                                          backend=backends.default_backend())
    # ruleid: weak-cryptographic-key
    old_server = rsa.generate_private_key(public_exponent=65537,
                                          key_size=3072)
    # ruleid: weak-cryptographic-key
    legacy_dsa = DSA.generate(bits=3072)
    # ruleid: weak-cryptographic-key
    legacy_rsa = RSA.generate(LEGACY_BITS)
    # ruleid: weak-cryptographic-key
    toy_dsa = dsa.generate_private_key(3072, backends.default_backend())
    # ruleid: weak-cryptographic-key
    tiny_curve = ec.generate_private_key(ec.SECT163K1, backends.default_backend())
    # ruleid: weak-cryptographic-key
    toy_rsa = rsa.generate_private_key(65537,
                                       3072)
    # ruleid: weak-cryptographic-key
    p192 = ec.generate_private_key(curve=ec.SECP192R1())
    return old_signer, old_server, legacy_dsa, legacy_rsa, toy_dsa, tiny_curve, toy_rsa, p192
