import os
from os import getenv

# ruleid: hardcoded-secret-fallback
SECRET_KEY = os.getenv("SECRET_KEY", "dev-insecure-key")
# ruleid: hardcoded-secret-fallback
DB_PASSWORD = os.environ.get("DB_PASSWORD", "postgres123")
# ruleid: hardcoded-secret-fallback
api_token = getenv("API_TOKEN", default="q8Zt3Kp9Lm2Vx7Rn4WcYb6Tf")

# ok: hardcoded-secret-fallback
SECRET_KEY = os.environ["SECRET_KEY"]
# ok: hardcoded-secret-fallback
DB_PASSWORD = os.environ.get("DB_PASSWORD", "")
# ok: hardcoded-secret-fallback
DEBUG = os.getenv("DEBUG", "false")
# ok: hardcoded-secret-fallback
TOKEN_URL = os.getenv("TOKEN_URL", "https://auth.example.com/token")
