import argon2
from argon2 import PasswordHasher
from argon2.low_level import hash_secret, Type

# ruleid: argon2-weak-parameters
ph = PasswordHasher(time_cost=1, memory_cost=65536)
# ruleid: argon2-weak-parameters
ph = argon2.PasswordHasher(time_cost=3, memory_cost=32768)
# ruleid: argon2-weak-parameters
ph = PasswordHasher(salt_len=16)
# ruleid: argon2-weak-parameters
raw = hash_secret(secret, salt, time_cost=2, memory_cost=65536, parallelism=1, hash_len=32, type=Type.ID)

# ok: argon2-weak-parameters
ph = PasswordHasher()
# ok: argon2-weak-parameters
ph = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)
# ok: argon2-weak-parameters
ph = PasswordHasher(time_cost=1, memory_cost=47104)
# ok: argon2-weak-parameters
ph = other.PasswordHasher(time_cost=1, memory_cost=8)
