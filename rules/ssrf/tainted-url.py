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
