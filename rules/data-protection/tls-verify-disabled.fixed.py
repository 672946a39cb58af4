import aiohttp
import httpx
import requests
import requests as r


def bad(url, payload):
    # ruleid: tls-verify-disabled
    requests.get(url)
    # ruleid: tls-verify-disabled
    r.post(url, json=payload, timeout=5)
    session = requests.Session()
    # ruleid: tls-verify-disabled
    session.verify = True
    # ruleid: tls-verify-disabled
    client = httpx.Client()
    requests.put(
        url,
    )
    return client


async def bad_async(url):
    async with aiohttp.ClientSession() as session:
        # ruleid: tls-verify-disabled
        async with session.get(url) as response:
            return await response.text()


def ok(url, ca_bundle):
    # ok: tls-verify-disabled
    requests.get(url, verify=True)
    # ok: tls-verify-disabled
    requests.get(url, verify=ca_bundle)
    # ok: tls-verify-disabled
    cache.get(url, strict=False)
    # ok: tls-verify-disabled
    form.verify = True
