import requests
import httpx
from urllib.request import urlopen

# ruleid: cleartext-credential-transmission
requests.post("http://api.example.org/login", json={"user": user, "password": password}, timeout=10)
# ruleid: cleartext-credential-transmission
requests.get("http://metrics.corp.com/api/v1/query", auth=("admin", admin_pw), timeout=5)
# ruleid: cleartext-credential-transmission
httpx.get("http://api.partner.io/orders", headers={"Authorization": f"Bearer {access_token}"})
# ruleid: cleartext-credential-transmission
requests.post("http://auth.example.org/token", data=dict(client_id=cid, client_secret=secret), timeout=10)

# ok: cleartext-credential-transmission
requests.post("https://api.example.org/login", json={"user": user, "password": password}, timeout=10)
# ok: cleartext-credential-transmission
requests.post("http://localhost:8000/login", json={"password": password}, timeout=10)
# ok: cleartext-credential-transmission
requests.get("http://example.org/status", timeout=10)
# ok: cleartext-credential-transmission
requests.post(api_url, json={"password": password}, timeout=10)
