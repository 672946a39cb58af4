// Intra-procedural propagation and precision: what keeps taint and what clears it.
import { describe, expect, it } from 'vitest';
import { lines, scanProject } from './helpers.js';

const head = `import os, re, sqlite3
from flask import Flask, request
db = sqlite3.connect("x")
app = Flask(__name__)
ALLOWED = {"a", "b"}
`;

const prologue = `${head}\n@app.route("/")\ndef view():\n`;
const SINK = /os\.system\(|db\.execute\(/;

/** The lines of `body` (1-based) that a data-flow finding is reported on. */
async function firingLines(body: string): Promise<number[]> {
  const code = `${prologue}${body
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n')}\n    return "ok"\n`;
  const offset = prologue.split('\n').length - 1;
  const found = lines(await scanProject({ 'v.py': code })).map((l) => Number(l.split(':')[1]!.split(' ')[0]) - offset);
  return [...new Set(found)].sort((a, b) => a - b);
}

/** The line of `body` that holds its sink call (each case has one). */
function sinkLine(body: string): number {
  const index = body.split('\n').findIndex((l) => SINK.test(l));
  if (index < 0) throw new Error(`no sink in: ${body}`);
  return index + 1;
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
  ])('keeps taint through %s, reported on the sink line', async (_name, body) => {
    expect(await firingLines(body)).toEqual([sinkLine(body)]);
  });

  it.each([
    ['a constant', 'os.system("uptime")'],
    ['an overwritten variable', 'x = request.args["x"]\nx = "ls"\nos.system(x)'],
    ['a dead branch', 'x = "ls"\nif False:\n    x = request.args["x"]\nos.system(x)'],
    ['int()', 'os.system("sleep %d" % int(request.args["n"]))'],
    [
      'an allow-list with early exit',
      'x = request.args["x"]\nif x not in ALLOWED:\n    return "no"\nos.system("run " + x)',
    ],
    ['an allow-list branch', 'x = request.args["x"]\nif x in ALLOWED:\n    os.system("run " + x)'],
    [
      'a full regex match',
      'x = request.args["x"]\nif not re.fullmatch(r"[a-z]+", x):\n    return "no"\nos.system("run " + x)',
    ],
    ['a parameterised query', 'db.execute("SELECT * FROM t WHERE x = ?", (request.args["x"],))'],
    ['a value that never reaches the sink', 'x = request.args["x"]\ny = "ls"\nos.system(y)'],
    [
      'a constant dict key next to a tainted one',
      'm = {}\nm["a"] = "safe"\nm["b"] = request.args["x"]\nos.system(m["a"])',
    ],
  ])('clears taint for %s', async (_name, body) => {
    sinkLine(body); // the case does reach a sink call: silence there is the sanitizer's doing
    expect(await firingLines(body)).toEqual([]);
  });
});
