import sys
from pprint import pprint


def setup(db_password, api_key, user, settings):
    # ruleid: secret-written-to-output
    print(f"Connecting with {db_password}")
    # ruleid: secret-written-to-output
    sys.stderr.write("key=" + settings.api_key + "\n")
    with open("creds.txt", "w") as f:
        # ruleid: secret-written-to-output
        f.write(api_key)
    # ruleid: secret-written-to-output
    pprint({"user": user, "password": user.password})


class Command:
    def handle(self, api_token):
        # ruleid: secret-written-to-output
        self.stdout.write(api_token)


def ok_cases(user, password_hash, tokens, password):
    # ok: secret-written-to-output
    print("Password changed for", user.name)
    # ok: secret-written-to-output
    print(f"hash: {password_hash}")
    # ok: secret-written-to-output
    print(len(password))
    # ok: secret-written-to-output
    print(tokens)
    # ok: secret-written-to-output
    sys.stdout.write(check_password(user))
