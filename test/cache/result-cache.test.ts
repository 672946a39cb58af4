// The CLI's result cache: a warm scan analyses nothing and gives the same report; a one-file change re-analyses
// that file and its changed summary reaches the importing file; a corrupt or oversized cache is a miss.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScan, type ScanOutcome } from '../../src/cli/run-scan.js';
import { CACHE_DIR_NAME } from '../../src/cache/disk-store.js';
import { project } from '../cli/temp-project.js';

const VIEWS = `from flask import Flask, request
from app.db import find
app = Flask(__name__)

@app.route("/u")
def user():
    name = request.args["name"]
    return str(find(name))
`;
const DB_UNSAFE = `import sqlite3
conn = sqlite3.connect("x")

def find(name):
    return conn.execute("SELECT * FROM u WHERE name = '" + name + "'").fetchall()
`;
const DB_SAFE = `import sqlite3
conn = sqlite3.connect("x")

def find(name):
    return conn.execute("SELECT * FROM u WHERE name = ?", (name,)).fetchall()
`;
const OTHER = `import subprocess

def run(cmd):
    subprocess.call(cmd, shell=True)
`;

async function scan(root: string, cache = true): Promise<ScanOutcome> {
  return runScan({
    paths: [root],
    progress: false,
    offline: true,
    jobs: 0,
    profile: 'audit',
    ...(cache ? { cache: {} } : {}),
  });
}

/** What a report shows: findings, suppressed and errors (timings left out). */
function shown(outcome: ScanOutcome) {
  const { findings, suppressed, errors, auditNotes, skipped } = outcome.result;
  return { findings, suppressed, errors, auditNotes, skipped };
}

/** Whether the report holds the cross-file flow views.py → db.py. */
function hasFlow(outcome: ScanOutcome): boolean {
  return outcome.result.findings.some(
    (f) => f.path === 'app/db.py' && f.flow?.some((step) => step.path === 'app/views.py'),
  );
}

function cacheFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(full);
    }
  };
  walk(join(root, CACHE_DIR_NAME));
  return out;
}

describe('the result cache (CLI)', () => {
  it('a second scan of an unchanged tree analyses no file and reports the same', async () => {
    const root = project({ 'app/views.py': VIEWS, 'app/db.py': DB_UNSAFE, 'tools/other.py': OTHER });
    const plain = await scan(root, false);
    const cold = await scan(root);
    const warm = await scan(root);
    expect(hasFlow(plain)).toBe(true);
    expect(cold.cache).toMatchObject({ hits: 0, misses: 3, solveMisses: 1 });
    expect(warm.cache).toMatchObject({ hits: 3, misses: 0, solveHits: 1, solveMisses: 0 });
    expect(shown(cold)).toEqual(shown(plain));
    expect(shown(warm)).toEqual(shown(plain));
  });

  it('a changed module is re-analysed alone, and its new summary changes the flow found in its importer', async () => {
    const root = project({ 'app/views.py': VIEWS, 'app/db.py': DB_UNSAFE, 'tools/other.py': OTHER });
    await scan(root);
    writeFileSync(join(root, 'app/db.py'), DB_SAFE);
    const safe = await scan(root);
    expect(safe.cache).toMatchObject({ hits: 2, misses: 1, solveMisses: 1 });
    expect(hasFlow(safe)).toBe(false);
    expect(shown(safe)).toEqual(shown(await scan(root, false)));
    // Back to the first text: every file and the whole solve come from the cache, with the flow again.
    writeFileSync(join(root, 'app/db.py'), DB_UNSAFE);
    const again = await scan(root);
    expect(again.cache).toMatchObject({ hits: 3, misses: 0, solveHits: 1 });
    expect(hasFlow(again)).toBe(true);
    expect(shown(again)).toEqual(shown(await scan(root, false)));
  });

  it('a different config is a different key', async () => {
    const root = project({ 'tools/other.py': OTHER });
    await scan(root);
    writeFileSync(join(root, '.sentinel.yml'), 'rules:\n  disable: [subprocess-shell-true]\n');
    const configured = await runScan({
      paths: [root],
      progress: false,
      offline: true,
      jobs: 0,
      config: join(root, '.sentinel.yml'),
      profile: 'audit',
      cache: {},
    });
    expect(configured.cache).toMatchObject({ hits: 0, misses: 1 });
    expect(configured.result.findings.map((f) => f.ruleId)).not.toContain('subprocess-shell-true');
  });

  it('corrupt entries (truncated, altered, garbage) are misses, never a crash or a lost finding', async () => {
    const root = project({ 'app/views.py': VIEWS, 'app/db.py': DB_UNSAFE, 'tools/other.py': OTHER });
    const plain = await scan(root, false);
    await scan(root);
    const entries = cacheFiles(root);
    expect(entries.length).toBe(4); // three files and one solve
    entries.forEach((file, i) => {
      const text = readFileSync(file, 'utf8');
      const broken = [
        text.slice(0, text.length / 2), // truncated
        `${text} `, // altered body (still valid JSON), stale checksum
        '\u0000\u0001 not a cache entry', // garbage
        text.replace(/^sentinelpy-cache \d+ [0-9a-f]+\n/, 'sentinelpy-cache 1 0000\n'), // broken header
      ][i % 4]!;
      writeFileSync(file, broken);
    });
    const after = await scan(root);
    expect(after.cache).toMatchObject({ hits: 0, misses: 3 });
    expect(shown(after)).toEqual(shown(plain));
  });

  it('a valid entry that does not fit the file (another path) is a miss', async () => {
    const root = project({ 'tools/other.py': OTHER });
    const first = await scan(root);
    const [entry] = cacheFiles(root).filter((f) => readFileSync(f, 'utf8').includes('"path":"tools/other.py"'));
    const text = readFileSync(entry!, 'utf8');
    const body = text.slice(text.indexOf('\n') + 1).replaceAll('tools/other.py', 'tools/else.py');
    const { createHash } = await import('node:crypto');
    writeFileSync(entry!, `sentinelpy-cache 1 ${createHash('sha256').update(body).digest('hex')}\n${body}`);
    const after = await scan(root);
    expect(after.cache).toMatchObject({ hits: 0, misses: 1 });
    expect(first.result.findings.length).toBeGreaterThan(0);
    expect(shown(after)).toEqual(shown(first));
  });
});

describe('a cache folder that comes with the scanned code', () => {
  it('is not used when git tracks files in it (forged entries could hide findings)', async () => {
    const { execFileSync } = await import('node:child_process');
    const root = project({ 'tools/other.py': OTHER });
    const first = await scan(root);
    expect(first.cache).toMatchObject({ misses: 1 });
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'ignore' });
    git('init', '-q');
    git('add', '-f', CACHE_DIR_NAME);
    const tracked = await scan(root);
    expect(tracked.cache).toBeUndefined();
    expect(tracked.result.notes.join('\n')).toMatch(/result cache was not used: git tracks files in/);
    expect(shown(tracked)).toEqual(shown(first));
  });

  it('is not used when it is a symbolic link', async () => {
    const { symlinkSync, mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const root = project({ 'tools/other.py': OTHER });
    const elsewhere = mkdtempSync(join(tmpdir(), 'sentinelpy-elsewhere-'));
    symlinkSync(elsewhere, join(root, CACHE_DIR_NAME), 'dir');
    const outcome = await scan(root);
    expect(outcome.cache).toBeUndefined();
    expect(readdirSync(elsewhere)).toEqual([]);
    expect(outcome.result.notes.join('\n')).toMatch(/is a symbolic link/);
  });
});
