// The CLI's result cache: one file per entry under `<root>/.sentinelpy-cache/`, written atomically (temporary file,
// then rename), each prefixed with the SHA-256 of its body so a truncated or altered entry is a miss, never a
// crash or a wrong result. Entries are size-capped, and the folder is trimmed (oldest first) to a total cap.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE_LAYOUT } from './cache-keys.js';
import type { ResultStore } from './result-store.js';

export const CACHE_DIR_NAME = '.sentinelpy-cache';
/** One entry at most (a 1 MB source file's result is far below this). */
export const MAX_ENTRY_BYTES = 8 * 1024 * 1024;
/** The whole folder at most; past it, the least recently used entries go. */
export const MAX_CACHE_BYTES = 512 * 1024 * 1024;

const KEY = /^[0-9a-f]{64}$/;
const MAGIC = `sentinelpy-cache ${CACHE_LAYOUT} `;

export interface DiskStoreOptions {
  maxEntryBytes?: number;
  maxTotalBytes?: number;
}

export class DiskStore implements ResultStore {
  private readonly dir: string;
  private wrote = false;

  constructor(
    folder: string,
    private readonly options: DiskStoreOptions = {},
  ) {
    this.dir = join(folder, `v${CACHE_LAYOUT}`);
  }

  /** Whether any entry was ever stored here (a first scan has none, and needs every file analysed). */
  hasEntries(): boolean {
    try {
      return readdirSync(this.dir).length > 0;
    } catch {
      return false;
    }
  }

  get(key: string): unknown {
    if (!KEY.test(key)) return undefined;
    let text: string;
    try {
      const file = this.pathOf(key);
      if (statSync(file).size > this.maxEntry) return undefined;
      text = readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
    const value = decode(text);
    if (value !== undefined) this.touch(key);
    return value;
  }

  set(key: string, value: unknown): void {
    if (!KEY.test(key)) return;
    const body = JSON.stringify(value);
    if (body === undefined || Buffer.byteLength(body) > this.maxEntry) return;
    const file = this.pathOf(key);
    const temporary = `${file}.${process.pid}.tmp`;
    try {
      mkdirSync(join(this.dir, key.slice(0, 2)), { recursive: true });
      writeFileSync(temporary, `${MAGIC}${sha256(body)}\n${body}`);
      renameSync(temporary, file);
      this.wrote = true;
    } catch {
      // A read-only or full disk only costs the cache: the scan result does not depend on it.
      rmSync(temporary, { force: true });
    }
  }

  /** A hit refreshes the entry's time, so trimming removes what recent scans did not use. */
  private touch(key: string): void {
    const now = new Date();
    try {
      utimesSync(this.pathOf(key), now, now);
    } catch {
      // the entry may have been trimmed by a concurrent scan
    }
  }

  flush(): void {
    if (!this.wrote) return;
    this.wrote = false;
    trim(this.dir, this.options.maxTotalBytes ?? MAX_CACHE_BYTES);
  }

  private get maxEntry(): number {
    return this.options.maxEntryBytes ?? MAX_ENTRY_BYTES;
  }

  private pathOf(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The value of an entry, or undefined when its header, checksum or JSON is wrong. */
function decode(text: string): unknown {
  if (!text.startsWith(MAGIC)) return undefined;
  const newline = text.indexOf('\n', MAGIC.length);
  if (newline !== MAGIC.length + 64) return undefined;
  const body = text.slice(newline + 1);
  if (sha256(body) !== text.slice(MAGIC.length, newline)) return undefined;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

/** Deletes the oldest entries until the folder holds at most 80% of `cap` (so trimming is rare). */
function trim(dir: string, cap: number): void {
  const entries: { file: string; size: number; time: number }[] = [];
  let total = 0;
  try {
    for (const sub of readdirSync(dir)) {
      for (const name of readdirSync(join(dir, sub))) {
        const file = join(dir, sub, name);
        const stat = statSync(file);
        entries.push({ file, size: stat.size, time: stat.mtimeMs });
        total += stat.size;
      }
    }
  } catch {
    return;
  }
  if (total <= cap) return;
  entries.sort((a, b) => a.time - b.time);
  for (const entry of entries) {
    if (total <= cap * 0.8) break;
    rmSync(entry.file, { force: true });
    total -= entry.size;
  }
}
