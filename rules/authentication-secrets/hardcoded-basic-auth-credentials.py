import os
import httpx
import requests
from requests.auth import HTTPBasicAuth

# ruleid: hardcoded-basic-auth-credentials
requests.get("https://ci.example.com/api/json", auth=("admin", "Adm1n!"), timeout=10)
# ruleid: hardcoded-basic-auth-credentials
session.auth = HTTPBasicAuth("deploy", "d3ploy-2024")
# ruleid: hardcoded-basic-auth-credentials
client = httpx.Client(auth=("svc", "svc-pass-99"))

# ok: hardcoded-basic-auth-credentials
requests.get("https://ci.example.com/api/json", auth=(os.environ["CI_USER"], os.environ["CI_PASSWORD"]), timeout=10)
# ok: hardcoded-basic-auth-credentials
auth = HTTPBasicAuth(username, password)
# ok: hardcoded-basic-auth-credentials
requests.get("https://ci.example.com/api/json", auth=("anonymous", ""), timeout=10)
