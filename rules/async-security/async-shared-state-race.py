import asyncio

USED = set()
CACHE = {}
QUEUE = []
LOCK = asyncio.Lock()
LIMIT = 10


async def redeem(code):
    if code in USED:
        raise ValueError("used")
    await apply_discount(code)
    # ruleid: async-shared-state-race
    USED.add(code)


async def cached(key):
    if key not in CACHE:
        # ruleid: async-shared-state-race
        CACHE[key] = await fetch(key)
    return CACHE[key]


async def locked(code):
    async with LOCK:
        if code in USED:
            raise ValueError("used")
        await apply_discount(code)
        # ok: async-shared-state-race
        USED.add(code)


async def no_read_before(item):
    await asyncio.sleep(0)
    # ok: async-shared-state-race
    QUEUE.append(item)


def sync_update(key):
    if key not in CACHE:
        # ok: async-shared-state-race
        CACHE[key] = compute(key)


async def local_shadow(key):
    CACHE = {}
    if key not in CACHE:
        # ok: async-shared-state-race
        CACHE[key] = await fetch(key)
    return CACHE
