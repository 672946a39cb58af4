// The project-wide taint step: flows across functions and files, summaries, recursion, sanitizers per sink,
// suppressions, merging with pattern findings, and data that survives crossing a worker thread.
import { describe, expect, it } from 'vitest';
import { createAnalyzer, buildScanResult, dataFlowInput, solveDataFlowIRs } from '../../src/analysis/scan.js';
import { decodeIR, withEncodedIR } from '../../src/analysis/taint/encoded-ir.js';
import { TAINT_PASS_ID } from '../../src/analysis/taint/pass.js';
import type { FileResult } from '../../src/analysis/file-result.js';
import { RULES } from '../../rules/index.js';
import { TAINT_RULES, lines, scanProject } from './helpers.js';

const VIEWS = `from flask import Flask, request
from app.db import find
app = Flask(__name__)

@app.route("/u")
def user():
    name = request.args["name"]
    return str(find(name))
`;
const DB = `import sqlite3
conn = sqlite3.connect("x")

def query_for(name):
    return "SELECT * FROM u WHERE name = '" + name + "'"

def find(name):
    sql = query_for(name)
    return conn.execute(sql).fetchall()
`;

describe('taint solver', () => {
  it('follows a source through helpers in another file and reports on the sink line', async () => {
    const result = await scanProject({ 'app/views.py': VIEWS, 'app/db.py': DB });
    expect(lines(result)).toEqual(['app/db.py:9 tainted-sql']);
    const flow = result.findings[0]!.flow!;
    expect(flow[0]).toMatchObject({ path: 'app/views.py', line: 7 });
    expect(flow.at(-1)).toMatchObject({ path: 'app/db.py', line: 9 });
    expect(flow.map((s) => s.note).join(' | ')).toContain('passed to `find()`');
  });

  it('reports nothing when the helper file is analysed alone (no source)', async () => {
    expect(lines(await scanProject({ 'app/db.py': DB }))).toEqual([]);
  });

  it('terminates on mutual recursion and still finds the flow', async () => {
    const code = `import os
from flask import request

def ping(x, n):
    return pong(x, n - 1) if n else x

def pong(x, n):
    return ping(x + "!", n)

def view():
    os.system(ping(request.args["h"], 3))
`;
    expect(lines(await scanProject({ 'r.py': code }))).toEqual(['r.py:11 tainted-command']);
  });

  it('lets a sanitizer clear only the sinks it protects', async () => {
    const code = `import os, shlex, sqlite3
from flask import request
db = sqlite3.connect("x")

def view():
    q = shlex.quote(request.args["q"])
    os.system("grep " + q)
    db.execute("SELECT * FROM t WHERE x = '" + q + "'")
`;
    expect(lines(await scanProject({ 's.py': code }))).toEqual(['s.py:8 tainted-sql']);
  });

  it('applies suppressions to taint findings', async () => {
    const code = `import os
from flask import request

def view():
    os.system(request.args["c"])  # sentinel: ignore[tainted-command] -- admin-only endpoint
`;
    const result = await scanProject({ 'n.py': code });
    expect(result.findings).toEqual([]);
    expect(result.suppressed.map((s) => s.finding.ruleId)).toEqual(['tainted-command']);
  });

  it('merges a pattern finding and a taint finding on the same line and CWE into one, with the flow', async () => {
    const code = `import subprocess
from flask import request

def view():
    subprocess.run("tar xf " + request.args["f"], shell=True)
`;
    const rules = [...TAINT_RULES, ...RULES.filter((r) => r.meta.id === 'subprocess-shell-true')];
    const result = await scanProject({ 'm.py': code }, rules);
    const onLine = result.findings.filter(
      (f) => f.line === 5 && (f.ruleId === 'subprocess-shell-true' || f.ruleId === 'tainted-command'),
    );
    expect(onLine).toHaveLength(1);
    expect(onLine[0]!.ruleId).toBe('subprocess-shell-true');
    expect(onLine[0]!.severity).toBe('critical');
    expect(onLine[0]!.flow?.length).toBeGreaterThan(1);
  });

  it('works from per-file results that crossed a thread (structured clone of passData)', async () => {
    const analyzer = await createAnalyzer(TAINT_RULES);
    const files = [analyzer.analyze('app/views.py', VIEWS), analyzer.analyze('app/db.py', DB)].map((f) =>
      structuredClone(f),
    );
    const result = buildScanResult(
      files,
      [],
      TAINT_RULES.map((r) => r.meta),
      0,
    );
    expect(result.findings.map((f) => `${f.path}:${f.line}`)).toEqual(['app/db.py:9']);
  });

  it('works from results whose IRs crossed a thread as text, and from a solve worker sent the text', async () => {
    const analyzer = await createAnalyzer(TAINT_RULES);
    const plain = [analyzer.analyze('app/views.py', VIEWS), analyzer.analyze('app/db.py', DB)];
    const encoded = plain.map((f) => structuredClone(withEncodedIR(f)));
    const held = encoded.map((f) => f.passData?.[TAINT_PASS_ID]);
    expect(held.every((ir) => typeof (ir as { encodedIR?: unknown }).encodedIR === 'string')).toBe(true);
    expect(held.map(decodeIR)).toEqual(plain.map((f) => f.passData?.[TAINT_PASS_ID]));
    const metas = TAINT_RULES.map((r) => r.meta);
    const findings = (files: FileResult[]) =>
      buildScanResult(files, [], metas, 0).findings.map((f) => `${f.path}:${f.line}`);
    expect(findings(encoded)).toEqual(['app/db.py:9']);
    expect(solveDataFlowIRs(dataFlowInput(encoded), metas)).toEqual(solveDataFlowIRs(dataFlowInput(plain), metas));
    expect(decodeIR({ encodedIR: '{not json' })).toBeUndefined();
    expect(() => solveDataFlowIRs([{ encodedIR: '{not json' }], metas)).toThrow(/could not be read/);
    expect(decodeIR({ encodedIR: '{"v":1}' })).toBeUndefined();
    expect(withEncodedIR(encoded[0]!)).toBe(encoded[0]);
  });

  it('adds no taint pass when the rule set has no taint rule', async () => {
    const analyzer = await createAnalyzer(RULES.filter((r) => !r.meta.taint).slice(0, 3));
    expect(analyzer.analyze('x.py', VIEWS).passData).toBeUndefined();
  });
});

describe('taint pass robustness', () => {
  it('survives machine-generated code nested thousands deep', async () => {
    const deep = `from flask import request\nimport os\n\ndef view():\n    x = request.args["x"] + ${Array.from({ length: 3000 }, (_, i) => `"${i}"`).join(' + ')}\n    os.system("echo " + x)\n`;
    const result = await scanProject({ 'deep.py': deep });
    expect(result.errors).toEqual([]);
    expect(lines(result)).toEqual(['deep.py:6 tainted-command']);
  });
});
