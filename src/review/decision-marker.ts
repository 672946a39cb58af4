// A writer's `/sentinel ignore` decision, recorded as a hidden marker in the App's own reply in the review thread.
// Only the App writes its comments (and only after checking the writer's permission), so the marker is proof that
// a ledger entry the pull request adds was decided by a writer and not typed in by the author — and on a fork,
// where the App cannot commit, it is the decision until the author applies the suggested entry.
import { ledgerEntrySchema, type LedgerEntry } from '../ledger/ledger-schema.js';

const MARKER = /<!-- sentinel:ignore=([A-Za-z0-9_-]{1,4000}) -->/g;

export function decisionMarker(entry: LedgerEntry): string {
  return `<!-- sentinel:ignore=${Buffer.from(JSON.stringify(entry), 'utf8').toString('base64url')} -->`;
}

/** The decisions in the App's own comment bodies (callers pass only those); a later one replaces an earlier one. */
export function decisionsFrom(bodies: readonly string[]): LedgerEntry[] {
  const byFingerprint = new Map<string, LedgerEntry>();
  for (const body of bodies) {
    for (const m of body.matchAll(MARKER)) {
      let raw: unknown;
      try {
        raw = JSON.parse(Buffer.from(m[1]!, 'base64url').toString('utf8'));
      } catch {
        continue;
      }
      const parsed = ledgerEntrySchema.safeParse(raw);
      if (parsed.success) byFingerprint.set(parsed.data.fingerprint, parsed.data);
    }
  }
  return [...byFingerprint.values()];
}
