// Compiles the project into a private folder once per test run, so tests can spawn the real CLI (and its worker
// threads, which need compiled .js) without racing other tests that read dist/. Several test files need the build
// (CLI, App workers): a lock folder serialises them and a stamp with the run's process id lets the later ones reuse
// the first one's output instead of rewriting files another test is loading.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const ROOT = join(import.meta.dirname, '..', '..');
const OUT = join(ROOT, 'node_modules', '.cache', 'sentinelpy-cli-test');
const LOCK = `${OUT}.lock`;
const STAMP = join(OUT, '.built-by');

/** Path of the compiled CLI entry (main.js); tsc type errors elsewhere do not stop it from emitting. */
export async function buildCli(): Promise<string> {
  const main = join(OUT, 'src', 'cli', 'main.js');
  await withLock(async () => {
    if (existsSync(main) && readIfExists(STAMP) === String(process.pid)) return; // built earlier in this run
    mkdirSync(OUT, { recursive: true });
    // Inside node_modules Node does not look further up for "type": "module".
    writeFileSync(join(OUT, 'package.json'), '{ "type": "module", "private": true }\n');
    // Data files are found relative to the compiled code (src/deps/typosquat.ts looks for <package>/data/).
    if (!existsSync(join(OUT, 'data'))) symlinkSync(join(ROOT, 'data'), join(OUT, 'data'), 'dir');
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    await run(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.json'), '--outDir', OUT, '--noEmit', 'false'], {
      cwd: ROOT,
    }).catch(() => undefined);
    writeFileSync(STAMP, String(process.pid));
  });
  if (!existsSync(main)) throw new Error(`build failed: ${main} missing`);
  return main;
}

async function withLock(work: () => Promise<void>): Promise<void> {
  // In a fresh clone node_modules/.cache does not exist yet: without it every mkdir of the lock fails and the
  // loop would wait forever.
  mkdirSync(dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readIfExists(join(LOCK, 'pid')));
      if (holder && holder !== process.pid && !alive(holder))
        rmSync(LOCK, { recursive: true, force: true }); // left by a killed run
      else await sleep(200);
    }
  }
  try {
    await work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

function readIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Runs the compiled CLI in a child process; resolves with exit code and output (never rejects on exit != 0). */
export async function spawnCli(
  main: string,
  args: string[],
  cwd = ROOT,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const script = `import(${JSON.stringify(`file://${main}`)}).then((m) => m.main(process.argv.slice(1))).then((c) => { process.exitCode = c; })`;
  try {
    const { stdout, stderr } = await run(process.execPath, ['--input-type=module', '-e', script, '--', ...args], {
      cwd,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}
