import asyncio

background_tasks = set()


async def bad(event):
    # ruleid: asyncio-task-not-referenced
    asyncio.create_task(audit_log(event))
    # ruleid: asyncio-task-not-referenced
    asyncio.ensure_future(revoke(event))
    loop = asyncio.get_running_loop()
    # ruleid: asyncio-task-not-referenced
    loop.create_task(cleanup(event))


async def ok(event):
    # ok: asyncio-task-not-referenced
    task = asyncio.create_task(audit_log(event))
    background_tasks.add(task)
    task.add_done_callback(background_tasks.discard)
    async with asyncio.TaskGroup() as tg:
        # ok: asyncio-task-not-referenced
        tg.create_task(cleanup(event))
    # ok: asyncio-task-not-referenced
    await asyncio.create_task(revoke(event))
