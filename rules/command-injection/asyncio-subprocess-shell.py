import asyncio
from asyncio import create_subprocess_shell as shell


async def bad(name, command, loop, factory):
    # ruleid: asyncio-subprocess-shell
    await asyncio.create_subprocess_shell(f"convert {name} out.png")
    # ruleid: asyncio-subprocess-shell
    await shell(command)
    # ruleid: asyncio-subprocess-shell
    await loop.subprocess_shell(factory, "ls " + name)


async def ok(name, loop, factory):
    # ok: asyncio-subprocess-shell
    await asyncio.create_subprocess_shell("ls -l /srv")
    # ok: asyncio-subprocess-shell
    await asyncio.create_subprocess_exec("convert", "--", name, "out.png")
    # ok: asyncio-subprocess-shell
    await loop.subprocess_exec(factory, "ls", name)


# Look-alikes: values quoted for the shell, numbers and local constants formatted into the command.
import shlex


async def quoted(name, width, loop, factory):
    # ok: asyncio-subprocess-shell
    await asyncio.create_subprocess_shell("convert " + shlex.quote(name) + " out.png")
    # ok: asyncio-subprocess-shell
    await asyncio.create_subprocess_shell(f"convert -resize {int(width)} in.png out.png")
    tool = "uptime"
    # ok: asyncio-subprocess-shell
    await loop.subprocess_shell(factory, tool)
    # ruleid: asyncio-subprocess-shell
    await asyncio.create_subprocess_shell(f"convert -resize {int(width)} {name} out.png")
