// Temporary project folders for CLI tests, and an in-memory Io that captures stdout/stderr.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import type { Io } from '../../src/cli/scan-command.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** Creates a folder holding `files` (path → text or bytes) and returns its absolute path. */
export function project(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'sentinelpy-cli-'));
  made.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

export interface Captured extends Io {
  out: string;
  err: string;
}

export function captureIo(now = new Date('2026-05-06T12:00:00Z')): Captured {
  const io: Captured = {
    out: '',
    err: '',
    stdout: (t) => void (io.out += t),
    stderr: (t) => void (io.err += t),
    now: () => now,
  };
  return io;
}

/** A request parameter formatted into a shell command (line 4): data-flow evidence, so the default profile reports it. */
export const SHELL_INJECTION =
  'import subprocess\nfrom flask import request\ndef run():\n    subprocess.run(f"tar xf {request.args[\'name\']}", shell=True)\n';
export const SAFE = 'import subprocess\n\ndef run(name):\n    subprocess.run(["tar", "xf", name], check=True)\n';
