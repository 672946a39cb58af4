import urllib.request
from urllib.parse import urlparse
import requests
import httpx
from flask import Flask, request

app = Flask(__name__)
ALLOWED_HOSTS = {"api.partner.com", "cdn.partner.com"}


@app.route("/ssrf/1")
def fetch():
    url = request.args["url"]
    # ruleid: CWE-918
    return requests.get(url, timeout=5).text


@app.route("/ssrf/2")
def webhook():
    hook = request.get_json()["callback"]
    # ruleid: CWE-918
    requests.post(hook, json={"ok": True})
    return "ok"


@app.route("/ssrf/3")
def host_only():
    host = request.args["host"]
    # ruleid: CWE-918
    return urllib.request.urlopen("http://" + host + "/status").read()


@app.route("/ssrf/4")
def httpx_get():
    target = request.args.get("target")
    # ruleid: CWE-918
    return httpx.get(target).text


@app.route("/ssrf/5")
def request_method():
    # ruleid: CWE-918
    return requests.request("GET", request.args["u"]).text


def download(link):
    # ruleid: CWE-918
    return requests.get(link).content


@app.route("/ssrf/6")
def via_helper():
    return download(request.form["link"])


@app.route("/ssrf/7")
def format_host():
    svc = request.args["svc"]
    url = "https://{}.internal/api".format(svc)
    # ruleid: CWE-918
    return requests.get(url).text


# ---- traps ----

@app.route("/ssrf/t1")
def fixed_host_path_param():
    uid = request.args["id"]
    # ok: CWE-918
    return requests.get(f"https://api.partner.com/users/{uid}").text


@app.route("/ssrf/t2")
def allow_listed_host():
    url = request.args["url"]
    if urlparse(url).hostname not in ALLOWED_HOSTS:
        return "forbidden", 403
    # ok: CWE-918
    return requests.get(url).text


@app.route("/ssrf/t3")
def parsed_alias():
    url = request.args["url"]
    parsed = urlparse(url)
    if parsed.netloc not in ALLOWED_HOSTS:
        return "forbidden", 403
    # ok: CWE-918
    return requests.get(url).text


@app.route("/ssrf/t4")
def constant_url():
    # ok: CWE-918
    return requests.get("https://status.partner.com/health").text


@app.route("/ssrf/t5")
def query_param_only():
    q = request.args["q"]
    # ok: CWE-918
    return requests.get("https://search.partner.com/find", params={"q": q}).text


@app.route("/ssrf/t6")
def concatenated_path():
    page = request.args["page"]
    # ok: CWE-918
    return urllib.request.urlopen("https://docs.partner.com/" + page).read()


@app.route("/ssrf/t7")
def choice():
    region = request.args["region"]
    if region == "eu":
        # ok: CWE-918
        return requests.get("https://" + region + ".partner.com/").text
    return "no"
