"""HTTP endpoints of the example shop (Flask)."""
import subprocess
from urllib.parse import urlparse

import requests
from flask import Flask, make_response, render_template, render_template_string, request

from shop import db, storage

app = Flask(__name__)

ALLOWED_IMAGE_HOSTS = {"images.example.com"}


@app.route("/hello")
def hello():
    # VULNERABLE: server-side template injection — the name is compiled as a Jinja2 template.
    name = request.args.get("name", "guest")
    return render_template_string("<h1>Hello " + name + "</h1>")


@app.route("/hello-safe")
def hello_safe():
    # SAFE: the template is a file and the value is auto-escaped.
    return render_template("hello.html", name=request.args.get("name", "guest"))


@app.route("/thumbnail")
def thumbnail():
    # VULNERABLE: command injection — the file name reaches /bin/sh.
    image = request.args["image"]
    subprocess.run(f"convert {image} -resize 64x64 /tmp/thumb.png", shell=True)
    return "ok"


@app.route("/thumbnail-safe")
def thumbnail_safe():
    # SAFE: an argument list, no shell.
    image = request.args["image"]
    subprocess.run(["convert", "--", image, "-resize", "64x64", "/tmp/thumb.png"], check=True, timeout=30)
    return "ok"


@app.route("/fetch")
def fetch():
    # VULNERABLE: SSRF — any URL, including http://169.254.169.254/, is fetched from the server.
    url = request.args["url"]
    return requests.get(url, timeout=5).content


@app.route("/fetch-safe")
def fetch_safe():
    # SAFE: only https to an allow-listed host.
    url = request.args["url"]
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED_IMAGE_HOSTS:
        return "forbidden", 403
    return requests.get(url, timeout=5).content


@app.route("/orders")
def orders():
    return {"orders": db.orders_for(request.args["customer"])}


@app.route("/cart")
def cart():
    # Deserialises the cart cookie (see storage.load_cart).
    items = storage.load_cart(request.cookies.get("cart", ""))
    response = make_response({"items": items})
    # VULNERABLE: session-like cookie readable by scripts and sent over plain HTTP.
    response.set_cookie("cart_id", "42", secure=False, httponly=False)
    # SAFE: the flags a session cookie needs.
    response.set_cookie("session_hint", "1", secure=True, httponly=True, samesite="Lax")
    return response


if __name__ == "__main__":
    # VULNERABLE: the Werkzeug debugger gives anyone who triggers an error a Python console.
    app.run(host="0.0.0.0", debug=True)
