// Compiles the project into a private folder once per test run, so tests can spawn the real CLI (and its worker
// threads, which need compiled .js) without racing other tests that read dist/.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const ROOT = join(import.meta.dirname, '..', '..');
const OUT = join(ROOT, 'node_modules', '.cache', 'sentinelpy-cli-test');

/** Path of the compiled CLI entry (main.js); tsc type errors elsewhere do not stop it from emitting. */
export async function buildCli(): Promise<string> {
  mkdirSync(OUT, { recursive: true });
  // Inside node_modules Node does not look further up for "type": "module".
  writeFileSync(join(OUT, 'package.json'), '{ "type": "module", "private": true }\n');
  // Data files are found relative to the compiled code (src/deps/typosquat.ts looks for <package>/data/).
  if (!existsSync(join(OUT, 'data'))) symlinkSync(join(ROOT, 'data'), join(OUT, 'data'), 'dir');
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  await run(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.json'), '--outDir', OUT, '--noEmit', 'false'], { cwd: ROOT }).catch(() => undefined);
  const main = join(OUT, 'src', 'cli', 'main.js');
  if (!existsSync(main)) throw new Error(`build failed: ${main} missing`);
  return main;
}

/** Runs the compiled CLI in a child process; resolves with exit code and output (never rejects on exit != 0). */
export async function spawnCli(main: string, args: string[], cwd = ROOT): Promise<{ code: number; stdout: string; stderr: string }> {
  const script = `import(${JSON.stringify(`file://${main}`)}).then((m) => m.main(process.argv.slice(1))).then((c) => { process.exitCode = c; })`;
  try {
    const { stdout, stderr } = await run(process.execPath, ['--input-type=module', '-e', script, '--', ...args], { cwd, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}
