import httpx
import requests
from requests import post as send
import not_requests


def bad(url, payload):
    # ruleid: requests-no-timeout
    requests.get(url)
    # ruleid: requests-no-timeout
    send(url, json=payload)
    # ruleid: requests-no-timeout
    requests.request("GET", url, timeout=None)
    # ruleid: requests-no-timeout
    httpx.get(url, timeout=None)
    # ruleid: requests-no-timeout
    httpx.post(url)
    # ruleid: requests-no-timeout
    client = httpx.Client(timeout=None)
    return client


def ok(url, options):
    # ok: requests-no-timeout
    requests.get(url, timeout=5)
    # ok: requests-no-timeout
    httpx.get(url, timeout=10)
    # ok: requests-no-timeout
    not_requests.get(url)
    # ok: requests-no-timeout
    requests.get(url, **options)
    # ok: requests-no-timeout
    config.get(url)
