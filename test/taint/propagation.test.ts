// Intra-procedural propagation and precision: what keeps taint and what clears it.
import { describe, expect, it } from 'vitest';
import { lines, scanProject } from './helpers.js';

const head = `import os, re, sqlite3
from flask import Flask, request
db = sqlite3.connect("x")
app = Flask(__name__)
ALLOWED = {"a", "b"}
`;

async function fires(body: string): Promise<boolean> {
  const code = `${head}\n@app.route("/")\ndef view():\n${body.split('\n').map((l) => `    ${l}`).join('\n')}\n    return "ok"\n`;
  return lines(await scanProject({ 'v.py': code })).length > 0;
}

describe('taint propagation', () => {
  it.each([
    ['f-string', 'x = request.args["x"]\nos.system(f"echo {x}")'],
    ['% formatting', 'x = request.args["x"]\nos.system("echo %s" % x)'],
    ['.format', 'x = request.args["x"]\nos.system("echo {}".format(x))'],
    ['.join', 'x = request.args["x"]\nos.system(" ".join(["echo", x]))'],
    ['augmented assignment', 'c = "echo "\nc += request.args["x"]\nos.system(c)'],
    ['tuple unpacking', 'a, b = request.args["x"], 1\nos.system(a)'],
    ['dict literal', 'd = {"k": request.args["x"]}\nos.system(d["k"])'],
    ['list append', 'l = []\nl.append(request.args["x"])\nos.system(l[0])'],
    ['comprehension', 'l = [p for p in request.args["x"].split()]\nos.system(l[0])'],
    ['walrus', 'if (x := request.args.get("x")):\n    os.system(x)'],
    ['branch merge', 'x = "a"\nif request.args.get("m"):\n    x = request.args["x"]\nos.system(x)'],
    ['string methods', 'os.system(request.args["x"].strip().lower())'],
    ['lambda', 'f = lambda: request.args["x"]\nos.system(f())'],
  ])('keeps taint through %s', async (_name, body) => {
    expect(await fires(body)).toBe(true);
  });

  it.each([
    ['a constant', 'os.system("uptime")'],
    ['an overwritten variable', 'x = request.args["x"]\nx = "ls"\nos.system(x)'],
    ['a dead branch', 'x = "ls"\nif False:\n    x = request.args["x"]\nos.system(x)'],
    ['int()', 'os.system("sleep %d" % int(request.args["n"]))'],
    ['an allow-list with early exit', 'x = request.args["x"]\nif x not in ALLOWED:\n    return "no"\nos.system("run " + x)'],
    ['an allow-list branch', 'x = request.args["x"]\nif x in ALLOWED:\n    os.system("run " + x)'],
    ['a full regex match', 'x = request.args["x"]\nif not re.fullmatch(r"[a-z]+", x):\n    return "no"\nos.system("run " + x)'],
    ['a parameterised query', 'db.execute("SELECT * FROM t WHERE x = ?", (request.args["x"],))'],
    ['a value that never reaches the sink', 'x = request.args["x"]\ny = "ls"\nos.system(y)'],
    ['a constant dict key next to a tainted one', 'm = {}\nm["a"] = "safe"\nm["b"] = request.args["x"]\nos.system(m["a"])'],
  ])('clears taint for %s', async (_name, body) => {
    expect(await fires(body)).toBe(false);
  });
});
