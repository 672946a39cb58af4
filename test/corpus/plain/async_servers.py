# aiohttp and Tornado handlers.
import os
import sqlite3
import subprocess
import tornado.web
from aiohttp import web, ClientSession

db = sqlite3.connect("srv.db")


async def aio_user(request):
    name = request.match_info["name"]
    # ruleid: CWE-89
    rows = db.execute("SELECT * FROM users WHERE name = '" + name + "'").fetchall()
    # ok: CWE-89
    rows2 = db.execute("SELECT * FROM users WHERE name = ?", (name,)).fetchall()
    return web.json_response({"n": len(rows) + len(rows2)})


async def aio_fetch(request):
    data = await request.post()
    async with ClientSession() as session:
        # ruleid: CWE-918
        async with session.get(data["url"]) as resp:
            body = await resp.text()
        # ok: CWE-918
        async with session.get("https://api.example.com/items/" + data["id"]) as resp2:
            body2 = await resp2.text()
    return web.json_response({"len": len(body) + len(body2)})


async def aio_greet(request):
    who = request.query.get("who", "")
    # ruleid: CWE-79
    return web.Response(text="<p>" + who + "</p>", content_type="text/html")


async def aio_greet_json(request):
    who = request.query.get("who", "")
    # ok: CWE-79
    return web.json_response({"who": who})


async def aio_constant(request):
    request.query.get("x")
    # ok: CWE-78
    subprocess.run("date", shell=True)
    return web.Response(text="ok")


class ReportHandler(tornado.web.RequestHandler):
    def get(self):
        name = self.get_argument("name")
        # ruleid: CWE-22
        with open(os.path.join("/srv/reports", name)) as fh:
            # ruleid: CWE-79
            self.write("<pre>" + name + fh.read() + "</pre>")

    def post(self):
        n = int(self.get_argument("n"))
        # ok: CWE-22
        with open("/srv/reports/%d.txt" % n) as fh:
            # ok: CWE-79
            self.write(fh.read())


class ItemHandler(tornado.web.RequestHandler):
    def get(self, item_id):
        # ruleid: CWE-89
        self.write(str(db.execute("SELECT * FROM items WHERE id = " + item_id).fetchall()))

    def delete(self, item_id):
        # ok: CWE-89
        db.execute("DELETE FROM items WHERE id = ?", (item_id,))
        # ok: CWE-601
        self.redirect("/items")

    def put(self, item_id):
        if item_id not in ("a", "b"):
            raise tornado.web.HTTPError(400)
        # ok: CWE-78
        subprocess.run("refresh " + item_id, shell=True)
        # ok: CWE-89
        db.execute("UPDATE items SET seen = 1 WHERE id = '" + item_id + "'")
