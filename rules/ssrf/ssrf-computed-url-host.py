import httpx
import requests

API = "https://api.example.com"


def bad(request, host, port):
    # ruleid: ssrf-computed-url-host
    requests.get(f"http://{request.args['cdn']}/img/1", timeout=5)
    # ruleid: ssrf-computed-url-host
    requests.post("https://" + host + "/hook", timeout=5)
    # ruleid: ssrf-computed-url-host
    httpx.get("http://%s:%d/status" % (host, port))
    # ruleid: ssrf-computed-url-host
    requests.get("https://{}/health".format(host), timeout=5)


def ok(path, user_id):
    # ok: ssrf-computed-url-host
    requests.get(f"https://api.example.com/users/{user_id}", timeout=5)
    # ok: ssrf-computed-url-host
    requests.get(API + "/users/" + user_id, timeout=5)
    # ok: ssrf-computed-url-host
    requests.get(f"{API}/items/{path}", timeout=5)
    # ok: ssrf-computed-url-host
    log.info(f"http://{path}")
