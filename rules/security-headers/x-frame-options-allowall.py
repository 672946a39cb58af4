from django.http import HttpResponse
from flask import Flask, make_response

app = Flask(__name__)


@app.after_request
def headers(resp):
    # ruleid: x-frame-options-allowall
    resp.headers["X-Frame-Options"] = "ALLOWALL"
    # ok: x-frame-options-allowall
    resp.headers["X-Frame-Options"] = "SAMEORIGIN"
    # ok: x-frame-options-allowall
    resp.headers["X-Content-Type-Options"] = "nosniff"
    return resp


def django_view(request):
    response = HttpResponse("embedded")
    # ruleid: x-frame-options-allowall
    response["x-frame-options"] = "ALLOW-FROM https://partner.example"
    # ruleid: x-frame-options-allowall
    response.headers.set("X-Frame-Options", "")
    return response


def not_headers(cache):
    # ok: x-frame-options-allowall
    cache.set("X-Frame-Options", "ALLOWALL")
    # ok: x-frame-options-allowall
    return make_response("ok")
