// Findings are the same with and without the result cache and for any worker count: the compiled CLI over every
// rule fixture and a sample of the Python standard library (when this machine has one), cold and warm.
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, ROOT, spawnCli } from '../cli/built-cli.js';

const STDLIB_SAMPLE = [
  'http',
  'json',
  'email',
  'urllib',
  'xmlrpc',
  'logging',
  'wsgiref',
  'sqlite3',
  'tarfile.py',
  'subprocess.py',
  'shutil.py',
  'pickle.py',
];

let main: string;
let root: string;
let cacheDir: string;
beforeAll(async () => {
  main = await buildCli();
  root = mkdtempSync(join(tmpdir(), 'sentinelpy-cache-eq-'));
  cacheDir = mkdtempSync(join(tmpdir(), 'sentinelpy-cache-dir-'));
  cpSync(join(ROOT, 'rules'), join(root, 'rules'), { recursive: true, filter: (src) => !src.endsWith('.ts') });
  const stdlib = stdlibPath();
  for (const name of stdlib ? STDLIB_SAMPLE : []) {
    if (existsSync(join(stdlib!, name)))
      cpSync(join(stdlib!, name), join(root, 'stdlib', name), {
        recursive: true,
        filter: (src) => !src.includes('__pycache__'),
      });
  }
}, 180_000);
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
});

function stdlibPath(): string | undefined {
  try {
    return (
      execFileSync('python3', ['-c', 'import sysconfig; print(sysconfig.get_paths()["stdlib"])'], {
        encoding: 'utf8',
      }).trim() || undefined
    );
  } catch {
    return undefined;
  }
}

async function scan(...extra: string[]) {
  const { code, stdout, stderr } = await spawnCli(main, [
    'scan',
    root,
    '--format',
    'json',
    '-o',
    '-',
    '--offline',
    '--profile',
    'audit',
    '--no-progress',
    '--allow-incomplete',
    ...extra,
  ]);
  expect(code === 0 || code === 1, stderr).toBe(true);
  const json = JSON.parse(stdout);
  return { findings: json.findings, suppressed: json.suppressed, files: json.summary.files };
}

describe('the result cache and worker counts', () => {
  it('give identical findings: no cache on 1 worker, cold and warm cache on 2 and 1 workers', async () => {
    const plain = await scan('--jobs', '1', '--no-cache');
    expect(plain.files).toBeGreaterThan(readdirSync(join(root, 'rules')).length);
    expect(plain.findings.length).toBeGreaterThan(100);
    const cold = await scan('--jobs', '2', '--cache-dir', cacheDir);
    const warmTwo = await scan('--jobs', '2', '--cache-dir', cacheDir);
    const warmOne = await scan('--jobs', '1', '--cache-dir', cacheDir);
    const inThread = await scan('--jobs', '0', '--cache-dir', cacheDir);
    expect(cold).toEqual(plain);
    expect(warmTwo).toEqual(plain);
    expect(warmOne).toEqual(plain);
    expect(inThread).toEqual(plain);
  }, 240_000);
});
