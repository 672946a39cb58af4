// Validators, guards, coercions, escapers and constants the data-flow analysis must understand (issue 10): each
// case pairs a checked or constant flow (quiet) with the same flow unchecked (reported), so a test can fail both
// ways: by a guard clearing too much, or by one not being understood.
import { describe, expect, it } from 'vitest';
import { lines, scanProject } from './helpers.js';

const FLASK = `import os, re, html, shlex, subprocess, sqlite3
from pathlib import Path
from flask import Flask, request, redirect, abort, Response
app = Flask(__name__)
db = sqlite3.connect("x")
BASE = "/srv/files"
`;

async function findings(body: string, files: Record<string, string> = {}): Promise<string[]> {
  return lines(await scanProject({ 'app.py': FLASK + body, ...files }));
}

const HEADER_LINES = FLASK.split('\n').length - 1;

describe('rejection guards', () => {
  it('clears a path after `if "../" in name: abort(400)` but not when the test is missing', async () => {
    const r = await findings(`
@app.route("/a")
def a():
    name = request.args["n"]
    if ".." in name or "/" in name:
        abort(400)
    return open(os.path.join(BASE, name)).read()

@app.route("/b")
def b():
    name = request.args["n"]
    return open(os.path.join(BASE, name)).read()
`);
    expect(r).toEqual([`app.py:${HEADER_LINES + 12} tainted-path`]);
  });

  it('clears only the sinks the rejected characters protect', async () => {
    const r = await findings(`
@app.route("/q")
def q():
    name = request.args["n"]
    if "'" in name:
        return "bad", 400
    db.execute("SELECT * FROM t WHERE n = '" + name + "'")
    os.system("ls " + name)
`);
    expect(r).toEqual([`app.py:${HEADER_LINES + 8} tainted-command`]);
  });

  it('accepts continue, raise and regex/char-class tests on the failing side', async () => {
    const r = await findings(`
@app.route("/c")
def c():
    for name in request.args.getlist("n"):
        if not re.fullmatch(r"[a-z0-9_-]+", name):
            continue
        os.system("touch " + name)
    code = request.args["code"]
    if not code.isalnum():
        raise ValueError(code)
    os.system("run " + code)
    other = request.args["o"]
    if other.isalnum():
        pass
    os.system("run " + other)
`);
    expect(r).toEqual([`app.py:${HEADER_LINES + 15} tainted-command`]);
  });
});

describe('type coercion', () => {
  it('treats typed Flask converters and typed FastAPI parameters as numbers, not text', async () => {
    const flask = await findings(`
@app.route("/u/<int:uid>/<name>")
def u(uid, name):
    db.execute("SELECT * FROM u WHERE id = %s" % uid)
    db.execute("SELECT * FROM u WHERE name = '%s'" % name)
`);
    expect(flask).toEqual([`app.py:${HEADER_LINES + 5} tainted-sql`]);
    const api = lines(
      await scanProject({
        'api.py': `import enum, sqlite3
from uuid import UUID
from typing import Optional, Literal
from pydantic import UUID4
from fastapi import FastAPI
app = FastAPI()
db = sqlite3.connect("x")

class Color(str, enum.Enum):
    red = "red"

@app.get("/i/{item_id}")
def item(item_id: UUID4, color: Color, page: Optional[int] = None, mode: Literal["a", "b"] = "a", q: str = ""):
    db.execute(f"SELECT * FROM i WHERE id = '{item_id}' AND c = '{color}' AND p = {page} AND m = '{mode}'")
    db.execute(f"SELECT * FROM i WHERE q = '{q}'")
`,
      }),
    );
    expect(api).toEqual(['api.py:15 tainted-sql']);
  });

  it('clears values passed through int(), uuid.UUID() and an enum of the file', async () => {
    const r = await findings(`
import uuid, enum
class Kind(enum.Enum):
    A = "a"

@app.route("/k")
def k():
    kind = Kind(request.args["k"])
    uid = uuid.UUID(request.args["u"])
    n = int(request.args["n"])
    db.execute(f"SELECT * FROM t WHERE k = '{kind}' AND u = '{uid}' AND n = {n}")
    db.execute(f"SELECT * FROM t WHERE k = '{request.args['k']}'")
`);
    expect(r).toEqual([`app.py:${HEADER_LINES + 12} tainted-sql`]);
  });

  it('reports a plain route segment one level lower for path sinks (it cannot hold a slash)', async () => {
    const result = await scanProject({
      'api.py': `import os
from fastapi import FastAPI
from fastapi.responses import FileResponse
app = FastAPI()

@app.get("/files/{name}")
def seg(name: str):
    return FileResponse(os.path.join("/srv", name))

@app.get("/files")
def query(name: str):
    return FileResponse(os.path.join("/srv", name))
`,
    });
    expect(result.findings.map((f) => [f.line, f.severity]).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
      [8, 'medium'],
      [12, 'high'],
    ]);
  });
});

describe('path containment', () => {
  it('accepts realpath + commonpath, resolve() + is_relative_to, and Path(x).name', async () => {
    const r = await findings(`
@app.route("/p")
def p():
    full = os.path.realpath(os.path.join(BASE, request.args["a"]))
    if os.path.commonpath([BASE, full]) != BASE:
        abort(404)
    open(full).read()
    target = (Path(BASE) / request.args["b"]).resolve()
    if not target.is_relative_to(BASE):
        abort(404)
    target.read_text()
    leaf = Path(request.args["c"]).name
    open(os.path.join(BASE, leaf)).read()
    loose = Path(BASE) / request.args["d"]
    if not loose.is_relative_to(BASE):
        abort(404)
    loose.read_text()
`);
    expect(r).toEqual([`app.py:${HEADER_LINES + 17} tainted-path`]);
  });
});

describe('URL checks', () => {
  it('accepts a local-path check only when it also excludes // and backslash', async () => {
    const r = await findings(`
@app.route("/r1")
def r1():
    nxt = request.args["next"]
    if nxt.startswith("/") and not nxt.startswith("//") and not nxt.startswith("/\\\\"):
        return redirect(nxt)
    return redirect("/")

@app.route("/r2")
def r2():
    nxt = request.args["next"]
    if nxt.startswith("/"):
        return redirect(nxt)
    return redirect("/")
`);
    expect(r).toEqual([`app.py:${HEADER_LINES + 13} tainted-redirect`]);
  });
});

describe('query-string position', () => {
  it('ignores what follows a literal ? in a redirect or request URL, not what precedes it', async () => {
    const r = await findings(`
import requests
LOGIN = "/login"

@app.route("/q")
def q():
    redirect(f"{LOGIN}?next={request.args['next']}")
    requests.get(request.args["api"] + "?q=" + request.args["q"])
    return redirect(LOGIN + "?next=" + request.url)
`);
    expect(r).toEqual([`app.py:${HEADER_LINES + 8} tainted-url`]);
  });
});

describe('SSRF-blocking transports', () => {
  it('does not report requests through a client built on a safe transport', async () => {
    const r = await findings(`
import httpx
from app_net import SafeTransport

@app.route("/fetch")
async def fetch():
    async with httpx.AsyncClient(transport=SafeTransport()) as client:
        await client.get(request.args["u"])
    async with httpx.AsyncClient() as client:
        await client.get(request.args["u"])
    return "ok"
`);
    expect(r).toEqual([`app.py:${HEADER_LINES + 10} tainted-url`]);
  });
});

describe('escapers and content types', () => {
  it('knows format_html arguments, nh3.clean and non-HTML content types', async () => {
    const r = lines(
      await scanProject({
        'shop/views.py': `import nh3
from django.http import HttpResponse
from django.utils.html import format_html

def a(request):
    return HttpResponse(format_html("<b>{}</b>", request.GET["q"]))

def b(request):
    return HttpResponse(nh3.clean(request.GET["q"]))

def c(request):
    return HttpResponse(request.GET["q"], content_type="text/plain")

def d(request):
    return HttpResponse(request.GET["q"])
`,
      }),
    );
    expect(r).toEqual(['shop/views.py:15 tainted-html']);
  });
});

describe("the project's own validators", () => {
  const CHECKS = `import re
ALLOWED_HOSTS = {"example.com"}

def is_safe_name(name):
    return re.fullmatch(r"[a-z]+", name) is not None

def is_local(url):
    if not url:
        return False
    return url.startswith("/") and not url.startswith("//") and "\\\\" not in url

def validate_name(name):
    if not name.isalnum():
        raise ValueError("bad name")

def noop(name):
    return len(name) > 3
`;

  it('uses a boolean validator as a guard and a raising one as a check, in another file', async () => {
    const r = await findings(
      `
from checks import is_safe_name, is_local, validate_name, noop

@app.route("/v")
def v():
    a = request.args["a"]
    if not is_safe_name(a):
        abort(400)
    os.system("touch " + a)
    b = request.args["b"]
    validate_name(b)
    os.system("touch " + b)
    c = request.args["c"]
    if noop(c):
        os.system("touch " + c)
    u = request.args["next"]
    if is_local(u):
        return redirect(u)
    return "x"
`,
      { 'checks.py': CHECKS },
    );
    expect(r).toEqual([`app.py:${HEADER_LINES + 15} tainted-command`]);
  });
});

describe('constants', () => {
  it('folds constant conditions, reads constant dict keys, and forgets overwritten values', async () => {
    const r = await findings(`
@app.route("/k")
def k():
    user = request.args["u"]
    cmd = user
    if 7 * 6 > 40:
        cmd = "ls"
    os.system(cmd)
    d = {"a": "x", "b": user}
    os.system(d["a"])
    os.system(d["b"])
    v = user
    if request.args.get("f"):
        v = "one"
    else:
        v = "two"
    os.system(v)
`);
    expect(r).toEqual([`app.py:${HEADER_LINES + 11} tainted-command`]);
  });
});

describe('fixed-format values', () => {
  it('treats a timestamp or a digest of the input as free of its text', async () => {
    const r = await findings(`
import hashlib
from datetime import datetime

@app.route("/t")
def t():
    when = datetime.fromisoformat(request.args["since"])
    resp = Response("ok")
    resp.headers["X-Since"] = str(when.timestamp())
    resp.headers["X-Tag"] = hashlib.md5(request.args["t"].encode()).hexdigest()
    resp.headers["X-Raw"] = request.args["t"]
    return resp
`);
    expect(r).toEqual([`app.py:${HEADER_LINES + 11} tainted-header`]);
  });
});

describe('real sources only', () => {
  it('reads websocket messages as input', async () => {
    const r = lines(
      await scanProject({
        'ws.py': `import os
from fastapi import FastAPI, WebSocket
app = FastAPI()

@app.websocket("/ws")
async def ws(websocket: WebSocket):
    cmd = await websocket.receive_text()
    os.system(cmd)
    os.system(str(len(cmd)))
`,
      }),
    );
    expect(r).toEqual(['ws.py:8 tainted-command']);
  });

  it('does not treat a helper whose first parameter is `request` as a Django view', async () => {
    const r = lines(
      await scanProject({
        'pkg/exporter.py': `from django.http import HttpResponse

def export(request, data):
    return HttpResponse(data)
`,
        'pkg/views.py': `from django.http import HttpResponse

def show(request, data):
    return HttpResponse(data)
`,
      }),
    );
    expect(r).toEqual(['pkg/views.py:4 tainted-html']);
  });

  it('reads Django URL converters and registrations from urls.py', async () => {
    const r = lines(
      await scanProject({
        'shop/urls.py': `from django.urls import path, re_path
from shop import views, pages

urlpatterns = [
    path("item/<int:pk>/", views.item),
    path("name/<str:name>/", views.by_name),
    re_path(r"^year/(?P<year>[0-9]{4})/$", views.by_year),
    path("page/<path:slug>/", pages.page),
]
`,
        'shop/views.py': `import os
from django.http import HttpResponse

def item(request, pk):
    return HttpResponse(os.popen("show %s" % pk).read())

def by_name(request, name):
    return HttpResponse(os.popen("show " + name).read())

def by_year(request, year):
    return HttpResponse(os.popen("show " + year).read())
`,
        'shop/pages.py': `import os
from django.http import HttpResponse

def page(request, slug):
    return HttpResponse(os.popen("cat " + slug).read())

def helper(request, slug):
    return HttpResponse(os.popen("cat " + slug).read())
`,
      }),
    );
    expect(r).toEqual(['shop/pages.py:5 tainted-command', 'shop/views.py:8 tainted-command']);
  });

  it("knows Django's get_full_path() stays on the site, unlike request.path", async () => {
    const r = lines(
      await scanProject({
        'pkg/views.py': `from django.shortcuts import redirect

def a(request):
    return redirect(request.get_full_path())

def b(request):
    return redirect(request.path)
`,
      }),
    );
    expect(r).toEqual(['pkg/views.py:7 tainted-redirect']);
  });

  it('does not report a slice assignment to a local `headers` list as a response header', async () => {
    const r = lines(
      await scanProject({
        'wsgi.py': `def app(environ, start_response):
    headers = [(k, v) for k, v in environ.items()]
    headers[:] = [(k, v) for k, v in headers if k != "host"]
    start_response("200 OK", [("X", environ["HTTP_X"])])
    return [b""]
`,
      }),
    );
    expect(r.filter((l) => l.includes(':3 '))).toEqual([]);
  });
});
