// A SentinelPy instance in its own process: the compiled `dist/src/server.js` with the fleet's environment.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { buildCli } from '../cli/built-cli.js';
import { freePort } from './redis-server.js';

export interface ChildServer {
  child: ChildProcess;
  url: string;
  output: string[];
}

/** The compiled server entry (built once per test run, shared with the CLI tests). */
export async function builtServer(): Promise<string> {
  return join(await buildCli(), '..', '..', 'server.js');
}

/** Starts `server.js` with `env` on a free port and waits until /healthz answers. */
export async function startChildServer(
  server: string,
  env: Record<string, string>,
  name: string,
): Promise<ChildServer> {
  const port = await freePort();
  const output: string[] = [];
  const child = spawn(process.execPath, [server], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr])
    stream?.on('data', (chunk: Buffer) => output.push(`[${name}] ${chunk.toString()}`));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { child, url, output };
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`${name} did not start:\n${output.join('')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
