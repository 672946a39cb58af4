// Reads one file for analysis, or says why it is skipped: too large, binary, or not decodable (never throws).
// Decoding follows PEP 263: a coding cookie in the first two lines names the encoding, UTF-8 otherwise.
import { openSync, readSync, closeSync, fstatSync } from 'node:fs';
import { decodePythonSource } from '../analysis/source-encoding.js';

export { codingCookie } from '../analysis/source-encoding.js';

export type ReadOutcome = { ok: true; content: string } | { ok: false; reason: string };

function formatBytes(bytes: number): string {
  return bytes >= 1_000_000 ? `${+(bytes / 1_000_000).toFixed(1)} MB` : `${Math.round(bytes / 1000)} kB`;
}

/** Reads `path` if it is at most `maxBytes` long, contains no NUL byte and decodes as UTF-8. */
export function readSource(path: string, maxBytes: number): ReadOutcome {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const size = fstatSync(fd).size;
    // Checked on the open descriptor, so a file swapped after the walk cannot make us read more.
    if (size > maxBytes) return { ok: false, reason: `larger than ${formatBytes(maxBytes)} (${formatBytes(size)})` };
    const buffer = Buffer.alloc(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, buffer, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    const bytes = buffer.subarray(0, read);
    if (bytes.includes(0)) return { ok: false, reason: 'binary file' };
    const decoded = decodePythonSource(bytes);
    if ('error' in decoded) return { ok: false, reason: decoded.error };
    return { ok: true, content: decoded.text };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: `unreadable (${code ?? 'error'})` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
