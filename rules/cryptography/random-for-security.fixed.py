import random
import random as rnd
import secrets
import string
from random import choice

ALPHABET = string.ascii_letters + string.digits


def make_reset_link(user):
    # ruleid: random-for-security
    code = random.SystemRandom().randint(100000, 999999)
    return f"/reset/{user.id}/{code}"


def issue():
    # ruleid: random-for-security
    api_token = "".join(random.SystemRandom().choice(ALPHABET) for _ in range(32))
    # ruleid: random-for-security
    session.store(csrf=rnd.SystemRandom().getrandbits(64))
    # ruleid: random-for-security
    password = choice(ALPHABET) + choice(ALPHABET)
    # ruleid: random-for-security
    salt = random.SystemRandom().randbytes(16)
    return api_token, password, salt


def generate_otp():
    # ruleid: random-for-security
    return random.SystemRandom().choices(string.digits, k=6)


def simulate(players):
    # Not security values: reported as low-severity review notes only (Bandit B311 parity).
    # ruleid: random-for-security
    delay = random.uniform(0.5, 1.5)
    # ruleid: random-for-security
    winner = random.choice(players)
    # ok: random-for-security
    random.shuffle(players)
    # ruleid: random-for-security
    seeded = random.Random(42)
    return delay, winner, seeded


def make_token():
    # ok: random-for-security
    return secrets.token_urlsafe(32)


def new_key():
    # ok: random-for-security
    return random.SystemRandom().getrandbits(128)


def sorting(data):
    # ruleid: random-for-security
    data.sort(key=lambda item: random.random())
    # ruleid: random-for-security
    keys = dict((elem, random.randrange(50)) for elem in data)
    # ruleid: random-for-security
    session_key = random.SystemRandom().getrandbits(128)
    return keys, session_key
