// Where cached results live: a folder for the CLI (disk-store.ts), an LRU in memory for the App (memory-store.ts).
// A store holds plain JSON-able values under hex keys; a missing, unreadable or invalid entry is a miss.
import type { FileResult } from '../analysis/file-result.js';

export interface ResultStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  /** Writes what is pending and trims the store to its size cap (the CLI calls it once per scan). */
  flush(): void;
}

const isArray = Array.isArray;

/** Whether `value` has the shape of a FileResult for `path` (what a cache entry must hold to be used). */
export function isFileResult(value: unknown, path: string): value is FileResult {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Partial<FileResult>;
  return (
    r.path === path &&
    typeof r.lines === 'number' &&
    isArray(r.findings) &&
    isArray(r.suppressed) &&
    isArray(r.errors) &&
    isArray(r.syntaxErrors) &&
    (r.passData === undefined || typeof r.passData === 'object') &&
    r.findings.every(
      (f) =>
        typeof f === 'object' &&
        f !== null &&
        f.path === path &&
        typeof f.line === 'number' &&
        typeof f.ruleId === 'string',
    )
  );
}
