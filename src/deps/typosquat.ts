// Typosquatting: a name one or two edits from, or a known confusion of, a most-downloaded PyPI project — and not
// itself one of them. The list is data/popular-pypi.json (regenerate with scripts/gen-popular-pypi.mjs).
import { readDataFile } from './data-file.js';

let popular: { names: string[]; set: Set<string>; squashed: Map<string, string> } | undefined;

function load() {
  if (popular) return popular;
  const names = readDataFile<{ names: string[] }>('popular-pypi.json', 'scripts/gen-popular-pypi.mjs').names;
  const squashed = new Map<string, string>();
  for (const n of names) if (!squashed.has(squash(n))) squashed.set(squash(n), n);
  popular = { names, set: new Set(names), squashed };
  return popular;
}

const squash = (n: string) => n.replace(/[-_.]/g, '');

/** How many of the most popular names edit-distance checks compare against (the squatted are the famous). */
const DISTANCE_TARGETS = 2000;

export interface Typosquat {
  imitates: string;
  how: string;
}

/** The most-downloaded PyPI projects, most popular first (PEP 503 names), and the same as a set. */
export function popularNames(): { names: readonly string[]; set: ReadonlySet<string> } {
  return load();
}

export function detectTyposquat(normalized: string): Typosquat | undefined {
  const p = load();
  if (p.set.has(normalized)) return undefined;
  const confusable = p.squashed.get(squash(normalized));
  if (confusable && confusable !== normalized) return { imitates: confusable, how: 'differs only in separators' };
  for (const [prefix, how] of [
    ['python-', 'adds a python- prefix'],
    ['py', 'adds a py prefix'],
  ] as const) {
    if (
      normalized.startsWith(prefix) &&
      p.set.has(normalized.slice(prefix.length)) &&
      normalized.length - prefix.length >= 4
    ) {
      const target = normalized.slice(prefix.length);
      if (p.names.indexOf(target) < DISTANCE_TARGETS) return { imitates: target, how };
    }
  }
  for (const suffix of ['-python', '-py', 'py']) {
    const base = normalized.endsWith(suffix) ? normalized.slice(0, -suffix.length) : '';
    if (base.length >= 4 && p.set.has(base) && p.names.indexOf(base) < DISTANCE_TARGETS)
      return { imitates: base, how: `adds a ${suffix} suffix` };
  }
  for (const target of p.names.slice(0, DISTANCE_TARGETS)) {
    if (Math.abs(target.length - normalized.length) > 2 || target.length < 5) continue;
    const limit = target.length >= 10 ? 2 : 1;
    const d = damerauLevenshtein(normalized, target, limit);
    if (d <= limit) return { imitates: target, how: d === 1 ? 'one character away' : 'two characters away' };
  }
  return undefined;
}

/** Optimal-string-alignment distance, stopping early once every cell in a row exceeds `limit`. */
export function damerauLevenshtein(a: string, b: string, limit = Infinity): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: cols }, (_, j) => j);
  for (let i = 1; i < rows; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      best = Math.min(best, v);
    }
    if (best > limit) return best;
    prev2 = prev;
    prev = cur;
  }
  return prev[cols - 1]!;
}
