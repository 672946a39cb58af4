// The App's result cache: a least-recently-used map in memory, capped by entries. Values are copied in and out
// (structuredClone), so no review can change what another review reads from the cache.
import type { ResultStore } from './result-store.js';

export const DEFAULT_MEMORY_ENTRIES = 4096;

export class MemoryStore implements ResultStore {
  private readonly entries = new Map<string, unknown>();

  constructor(private readonly maxEntries = DEFAULT_MEMORY_ENTRIES) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string): unknown {
    if (!this.entries.has(key)) return undefined;
    const value = this.entries.get(key);
    this.entries.delete(key); // re-insert: most recently used last
    this.entries.set(key, value);
    return structuredClone(value);
  }

  set(key: string, value: unknown): void {
    this.entries.delete(key);
    this.entries.set(key, structuredClone(value));
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }

  flush(): void {
    // nothing is pending: entries are in memory already
  }
}
