import asyncio
import time
from time import sleep


async def retry(delay):
    # ruleid: async-blocking-sleep
    await asyncio.sleep(delay)
    # ruleid: async-blocking-sleep
    await asyncio.sleep(0.5)
    return delay


def sync_retry(delay):
    # ok: async-blocking-sleep
    time.sleep(delay)


async def outer():
    def inner():
        # ok: async-blocking-sleep
        time.sleep(1)

    # ok: async-blocking-sleep
    await asyncio.sleep(1)
    # ok: async-blocking-sleep
    await asyncio.to_thread(time.sleep, 1)
    return inner
