// Finding fingerprints that survive code moving up or down: rule, path, the line's normalised text, occurrence.
import { createHash } from 'node:crypto';
import type { Finding } from './rule.js';

export function normaliseLine(text: string): string {
  return text.replace(/#.*$/, '').replace(/\s+/g, ' ').trim();
}

/** Hex digest of the parts; `occurrence` tells apart identical lines in one file. */
export function fingerprint(ruleId: string, path: string, lineText: string, occurrence: number): string {
  return createHash('sha256')
    .update(`${ruleId}\0${path}\0${normaliseLine(lineText)}\0${occurrence}`)
    .digest('hex')
    .slice(0, 20);
}

/**
 * The fingerprint step: each finding's fingerprint from its rule, path and line text, counting occurrences of the
 * same rule on the same (trimmed) text in order. `lineText` picks the text: the engine fingerprints a finding's
 * first line, the data-flow merge its whole snippet (which keeps the fingerprints reviews were deduplicated by).
 */
export function assignFingerprints(findings: readonly Finding[], lineText: (f: Finding) => string): void {
  const seen = new Map<string, number>();
  for (const f of findings) {
    const text = lineText(f);
    const key = `${f.ruleId}\0${text.trim()}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    f.fingerprint = fingerprint(f.ruleId, f.path, text, n);
  }
}
