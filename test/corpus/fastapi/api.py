import os
import sqlite3
import subprocess
from uuid import UUID
import httpx
from fastapi import FastAPI, Request, Depends, Query
from fastapi.responses import HTMLResponse, RedirectResponse, FileResponse
from sqlalchemy import text
from sqlalchemy.orm import Session

app = FastAPI()
db = sqlite3.connect("api.db")


def get_session() -> Session:
    ...


@app.get("/items/{item_id}")
def read_item(item_id: str):
    # ruleid: CWE-89
    return db.execute("SELECT * FROM items WHERE id = '" + item_id + "'").fetchall()


@app.get("/items-int/{item_id}")
def read_item_int(item_id: int):
    # ok: CWE-89
    return db.execute("SELECT * FROM items WHERE id = %d" % item_id).fetchall()


@app.get("/users/{user_id}")
def read_user(user_id: UUID):
    # ok: CWE-89
    return db.execute(f"SELECT * FROM users WHERE id = '{user_id}'").fetchall()


@app.get("/search")
def search(q: str = Query(...), session: Session = Depends(get_session)):
    # ruleid: CWE-89
    rows = session.execute(text(f"SELECT * FROM docs WHERE body LIKE '%{q}%'"))
    # ok: CWE-89
    rows2 = session.execute(text("SELECT * FROM docs WHERE body LIKE :q"), {"q": f"%{q}%"})
    return {"n": len(list(rows)) + len(list(rows2))}


@app.get("/hello", response_class=HTMLResponse)
def hello(name: str):
    # ruleid: CWE-79
    return HTMLResponse("<h1>Hello " + name + "</h1>")


@app.get("/hello-json")
def hello_json(name: str):
    # ok: CWE-79
    return {"greeting": "Hello " + name}


@app.get("/go")
def go(url: str):
    # ruleid: CWE-601
    return RedirectResponse(url)


@app.get("/go-local")
def go_local(page: str):
    # ok: CWE-601
    return RedirectResponse("/docs/" + page)


@app.get("/files/{name}")
def download(name: str):
    # ruleid: CWE-22
    return FileResponse(os.path.join("/srv/files", name))


@app.get("/files-safe/{name}")
def download_safe(name: str):
    # ok: CWE-22
    return FileResponse(os.path.join("/srv/files", os.path.basename(name)))


@app.post("/fetch")
async def fetch(request: Request):
    body = await request.json()
    async with httpx.AsyncClient() as client:
        # ruleid: CWE-918
        r = await client.get(body["url"])
    return {"status": r.status_code}


@app.post("/fetch-fixed")
async def fetch_fixed(request: Request):
    body = await request.json()
    async with httpx.AsyncClient() as client:
        # ok: CWE-918
        r = await client.get("https://api.example.com/v1/items/" + str(body["id"]))
    return {"status": r.status_code}


@app.get("/ping")
def ping(request: Request):
    host = request.query_params["host"]
    # ruleid: CWE-78
    subprocess.run("ping -c1 " + host, shell=True)
    # ok: CWE-78
    subprocess.run(["ping", "-c1", host])
    return {"ok": True}


@app.get("/calc")
async def calc(request: Request):
    form = await request.form()
    # ruleid: CWE-95
    return {"v": eval(form["expr"])}


@app.get("/calc-safe")
async def calc_safe(n: int):
    # ok: CWE-95
    return {"v": eval(str(n) + " + 1")}


@app.get("/path-params/{slug}")
def by_slug(request: Request):
    slug = request.path_params["slug"]
    # ruleid: CWE-22
    return open("/srv/pages/" + slug).read()


@app.get("/headers")
def headers(request: Request):
    tok = request.headers.get("x-token", "")
    # ruleid: CWE-89
    return db.execute("SELECT * FROM tokens WHERE t = '" + tok + "'").fetchall()


@app.get("/cookies")
def cookies(request: Request):
    tok = request.cookies.get("sid", "")
    # ok: CWE-89
    return db.execute("SELECT * FROM sessions WHERE sid = ?", (tok,)).fetchall()
