// The CLI's cache folder: entries round-trip, oversized ones are not written (nor read), the folder is trimmed to
// its total cap oldest first, and keys that are not digests never become paths.
import { mkdtempSync, readdirSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiskStore } from '../../src/cache/disk-store.js';

const key = (n: number) => n.toString(16).padStart(64, '0');
const folder = () => mkdtempSync(join(tmpdir(), 'sentinelpy-disk-store-'));
const entryPath = (dir: string, k: string) => join(dir, 'v1', k.slice(0, 2), `${k}.json`);

describe('DiskStore', () => {
  it('round-trips a value and misses an unknown key', () => {
    const store = new DiskStore(folder());
    store.set(key(1), { a: [1, 'x'] });
    expect(store.get(key(1))).toEqual({ a: [1, 'x'] });
    expect(store.get(key(2))).toBeUndefined();
  });

  it('says whether it holds any entry (the CLI starts its workers early for a scan with none)', () => {
    const dir = folder();
    expect(new DiskStore(join(dir, 'missing')).hasEntries()).toBe(false);
    const store = new DiskStore(dir);
    expect(store.hasEntries()).toBe(false);
    store.set(key(1), 1);
    expect(store.hasEntries()).toBe(true);
    expect(new DiskStore(dir).hasEntries()).toBe(true);
  });

  it('neither writes nor reads an entry over the size cap', () => {
    const dir = folder();
    const store = new DiskStore(dir, { maxEntryBytes: 100 });
    store.set(key(1), 'x'.repeat(200));
    expect(store.get(key(1))).toBeUndefined();
    // Written by someone else (another build, a larger cap): still not read.
    new DiskStore(dir).set(key(3), 'x'.repeat(200));
    expect(new DiskStore(dir).get(key(3))).toBe('x'.repeat(200));
    expect(store.get(key(3))).toBeUndefined();
  });

  it('ignores keys that are not SHA-256 digests (no path from outside the cache)', () => {
    const dir = folder();
    const store = new DiskStore(dir);
    store.set('../../escape', 1);
    expect(store.get('../../escape')).toBeUndefined();
    expect(readdirSync(dir)).toEqual([]);
  });

  // Each entry is 286 bytes (header line + JSON): six are over 1,200, and trimming goes down to 80% of it.
  it('trims the oldest entries once the folder is over its cap', () => {
    const dir = folder();
    const store = new DiskStore(dir, { maxTotalBytes: 1200 });
    for (let i = 1; i <= 6; i++) {
      store.set(key(i), 'y'.repeat(200));
      const then = new Date(Date.now() - (10 - i) * 60_000);
      utimesSync(entryPath(dir, key(i)), then, then);
    }
    store.flush();
    const kept = [1, 2, 3, 4, 5, 6].filter((i) => store.get(key(i)) !== undefined);
    expect(kept).toEqual([4, 5, 6]);
  });
});
