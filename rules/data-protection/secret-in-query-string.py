import requests
import httpx

# ruleid: secret-in-query-string
requests.get("https://api.example.org/export", params={"api_key": API_KEY, "q": query}, timeout=10)
# ruleid: secret-in-query-string
httpx.get(f"https://api.example.org/login?user={user}&password={password}")
# ruleid: secret-in-query-string
requests.delete("https://api.example.org/item/1?access_token=" + token, timeout=10)

# ok: secret-in-query-string
requests.get("https://api.example.org/export", params={"q": query}, headers={"Authorization": f"Bearer {API_KEY}"}, timeout=10)
# ok: secret-in-query-string
requests.post("https://api.example.org/login", data={"password": password}, timeout=10)
# ok: secret-in-query-string
requests.get("https://api.example.org/reset?token_type=bearer", timeout=10)
