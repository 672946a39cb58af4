// PEP 263 source decoding, shared by the CLI (files on disk) and the App (contents fetched from GitHub): a coding
// cookie in the first two lines names the encoding, UTF-8 otherwise. Pure: bytes in, text or a reason out.
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** PEP 263: `coding[:=]\s*([-\w.]+)` in a comment on line 1 or 2 (bounded, linear-time pattern). */
const CODING_COOKIE = /^[ \t\f]*#.{0,200}?coding[:=][ \t]*([-\w.]{1,40})/;

/** The encoding named by a PEP 263 cookie in the first two lines, if any (read as latin-1: a cookie is ASCII). */
export function codingCookie(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 1024))
    .toString('latin1')
    .split(/\r\n|\r|\n/, 2);
  for (const [i, line] of head.entries()) {
    const match = CODING_COOKIE.exec(line);
    if (match) return match[1]?.toLowerCase();
    // The cookie may sit on line 2 only when line 1 is a comment or blank (PEP 263).
    if (i === 0 && !/^[ \t\f]*(#|$)/.test(line)) return undefined;
  }
  return undefined;
}

const LATIN1_NAMES = new Set(['latin-1', 'latin1', 'iso-8859-1', 'iso8859-1', 'iso-latin-1', 'l1', 'latin']);

/**
 * Decodes a Python file's bytes as Python does (PEP 263: by the cookie, UTF-8 without one; a UTF-8 BOM dropped), or
 * says why it cannot be (unknown encoding, invalid bytes): the caller lists the file as skipped, never analyses
 * mangled text.
 */
export function decodePythonSource(bytes: Uint8Array): { text: string } | { error: string } {
  const cookie = codingCookie(bytes);
  const name =
    cookie === undefined || cookie === 'utf8' || cookie.startsWith('utf-8') ? 'utf-8' : cookie.replace(/_/g, '-');
  // Python's names for ISO-8859-1 (every byte is a character); WHATWG's TextDecoder maps 'latin1' to cp1252 instead.
  if (LATIN1_NAMES.has(name)) return { text: Buffer.from(bytes).toString('latin1') };
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = name === 'utf-8' ? utf8 : new TextDecoder(name, { fatal: true });
  } catch {
    return { error: `unknown source encoding '${cookie ?? name}'` };
  }
  try {
    const text = decoder.decode(bytes);
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    return { error: name === 'utf-8' ? 'not UTF-8' : `not valid ${name}` };
  }
}
