import json
import logging
import os
from os import environ
from flask import jsonify

# ruleid: environment-dumped
print(os.environ)
# ruleid: environment-dumped
logging.debug(dict(environ))


def debug_env():
    # ruleid: environment-dumped
    return jsonify(os.environ.copy())


# ruleid: environment-dumped
json.dumps({**os.environ}, indent=2)

# ok: environment-dumped
print(os.environ.get("APP_ENV"))
# ok: environment-dumped
print({k: os.environ.get(k) for k in ("APP_ENV", "REGION")})
# ok: environment-dumped
print(len(os.environ))
# ok: environment-dumped
print(sorted(os.environ.keys()))
