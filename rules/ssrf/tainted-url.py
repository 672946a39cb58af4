from urllib.parse import urlparse
import requests
from flask import Flask, request

app = Flask(__name__)
ALLOWED_HOSTS = {"api.example.com"}


@app.route("/fetch")
def fetch():
    url = request.args["url"]
    # ruleid: tainted-url
    return requests.get(url).text


@app.route("/proxy")
def proxy():
    host = request.args["host"]
    # ruleid: tainted-url
    return requests.post("http://" + host + "/hook", json={}).text


@app.route("/user")
def user():
    uid = request.args["id"]
    # ok: tainted-url
    return requests.get(f"https://api.example.com/users/{uid}").text


@app.route("/checked")
def checked():
    url = request.args["url"]
    if urlparse(url).hostname not in ALLOWED_HOSTS:
        return "forbidden", 403
    # ok: tainted-url
    return requests.get(url).text


from flask import abort


# Look-alikes: an allow-list, a prefix check ending in "/", coercion, folded constants and containers, a value
# overwritten on every path, a library function's parameter; a guard on the wrong variable still fires.
WEBHOOKS = {"https://hooks.example.com/a", "https://hooks.example.com/b"}


@app.route("/hook")
def hook():
    url = request.args["url"]
    if url not in WEBHOOKS:
        abort(400)
    # ok: tainted-url
    return requests.post(url, json={}).text


@app.route("/prefixed")
def prefixed():
    url = request.args["url"]
    if not url.startswith("https://api.example.com/"):
        abort(400)
    # ok: tainted-url
    return requests.get(url).text


@app.route("/scheme-only")
def scheme_only():
    url = request.args["url"]
    if not url.startswith("https://"):
        abort(400)
    # ruleid: tainted-url
    return requests.get(url).text


@app.route("/port")
def port():
    # ok: tainted-url
    return requests.get("http://127.0.0.1:%d/health" % int(request.args["port"])).text


@app.route("/folded")
def folded():
    url = request.args["url"]
    if 7 * 6 > 40:
        url = "https://api.example.com/"
    # ok: tainted-url
    first = requests.get(url).text
    urls = {"status": "https://status.example.com/", "user": request.args["url"]}
    # ok: tainted-url
    second = requests.get(urls["status"]).text
    # ruleid: tainted-url
    third = requests.get(urls["user"]).text
    return first + second + third


@app.route("/either")
def either():
    url = request.args["url"]
    if request.args.get("eu"):
        url = "https://eu.example.com/"
    else:
        url = "https://us.example.com/"
    # ok: tainted-url
    return requests.get(url).text


def fetch_json(url):
    # ok: tainted-url
    return requests.get(url, timeout=5).json()


@app.route("/wrong-guard")
def wrong_guard():
    url = request.args["url"]
    other = request.args["other"]
    if urlparse(other).hostname not in ALLOWED_HOSTS:
        return "forbidden", 403
    # ruleid: tainted-url
    return requests.get(url).text


# A placeholder right after the scheme is a computed host, whichever way the template is filled; one after a fixed
# host and "/" only picks the path.
@app.route("/templated")
def templated():
    host = request.args["host"]
    # ruleid: tainted-url
    first = requests.get("http://%s/api" % host).text
    # ruleid: tainted-url
    second = requests.get("https://{}/api".format(host)).text
    # ok: tainted-url
    third = requests.get("https://api.example.com/%s" % host).text
    # ok: tainted-url
    fourth = requests.get("https://api.example.com/{}".format(host)).text
    return first + second + third + fourth
