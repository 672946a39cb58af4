// Reads one file for analysis, or says why it is skipped: too large, binary, or not decodable (never throws).
// Decoding follows PEP 263: a coding cookie in the first two lines names the encoding, UTF-8 otherwise.
import { openSync, readSync, closeSync, fstatSync } from 'node:fs';

export type ReadOutcome = { ok: true; content: string } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** PEP 263: `coding[:=]\s*([-\w.]+)` in a comment on line 1 or 2 (bounded, linear-time pattern). */
const CODING_COOKIE = /^[ \t\f]*#.{0,200}?coding[:=][ \t]*([-\w.]{1,40})/;

/** The encoding named by a PEP 263 cookie in the first two lines, if any (read as latin-1: a cookie is ASCII). */
export function codingCookie(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1').split(/\r\n|\r|\n/, 2);
  for (const [i, line] of head.entries()) {
    const match = CODING_COOKIE.exec(line);
    if (match) return match[1]?.toLowerCase();
    // The cookie may sit on line 2 only when line 1 is a comment or blank (PEP 263).
    if (i === 0 && !/^[ \t\f]*(#|$)/.test(line)) return undefined;
  }
  return undefined;
}

/** Decodes by the cookie (utf-8 by default); undefined when the encoding is unknown or the bytes are invalid. */
const LATIN1_NAMES = new Set(['latin-1', 'latin1', 'iso-8859-1', 'iso8859-1', 'iso-latin-1', 'l1', 'latin']);

function decodeSource(bytes: Uint8Array): { text: string } | { error: string } {
  const cookie = codingCookie(bytes);
  const name = cookie === undefined || cookie === 'utf8' || cookie.startsWith('utf-8') ? 'utf-8' : cookie.replace(/_/g, '-');
  // Python's names for ISO-8859-1 (every byte is a character); WHATWG's TextDecoder maps 'latin1' to cp1252 instead.
  if (LATIN1_NAMES.has(name)) return { text: Buffer.from(bytes).toString('latin1') };
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = name === 'utf-8' ? utf8 : new TextDecoder(name, { fatal: true });
  } catch {
    return { error: `unknown source encoding '${cookie ?? name}'` };
  }
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    return { error: name === 'utf-8' ? 'not UTF-8' : `not valid ${name}` };
  }
}

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
    const decoded = decodeSource(bytes);
    if ('error' in decoded) return { ok: false, reason: decoded.error };
    const text = decoded.text;
    return { ok: true, content: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: `unreadable (${code ?? 'error'})` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
