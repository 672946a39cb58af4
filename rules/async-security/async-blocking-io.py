import asyncio
import subprocess

import httpx
import requests


async def preview(url):
    # ruleid: async-blocking-io
    page = requests.get(url, timeout=10)
    # ruleid: async-blocking-io
    subprocess.run(["convert", "a.png", "b.png"], check=True)
    # ruleid: async-blocking-io
    status = httpx.head(url)
    return page.text, status


def sync_preview(url):
    # ok: async-blocking-io
    return requests.get(url, timeout=10).text


async def ok(url):
    async with httpx.AsyncClient(timeout=10) as client:
        # ok: async-blocking-io
        page = await client.get(url)
    # ok: async-blocking-io
    proc = await asyncio.create_subprocess_exec("convert", "a.png", "b.png")
    # ok: async-blocking-io
    data = await asyncio.to_thread(requests.get, url, timeout=10)
    return page, proc, data
