// Finding fingerprints that survive code moving up or down: rule, path, the line's normalised text, occurrence.
import { createHash } from 'node:crypto';

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
