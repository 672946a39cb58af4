// Which rules can fire on a file, decided by one pass over its text: every rule may declare `hints` (substrings
// of which at least one must occur for the rule to report anything) and `requires` (groups of them that must all
// occur), and an Aho–Corasick automaton built once per rule set finds all of them in a single scan — instead of
// each rule running its own regex over the source.
// The automaton is compiled to a flat DFA over ASCII with letters folded to lower case (hints are ASCII; any other
// character resets it and is noted), so the scan is one typed-array lookup per character; a hint that must match
// as written is checked against the text where the folded automaton finds it.

import type { RequiredText, Rule } from './rule.js';

const ALPHABET_BITS = 7;
const ALPHABET = 1 << ALPHABET_BITS;

/** The key `found()` reports for a hint matched in any letter case (kept apart from the same text as written). */
export function anyCaseKey(hint: string): string {
  return `\u0001${hint.toLowerCase()}`;
}
/** The key `found()` reports when the text holds a character outside ASCII. */
export const NON_ASCII_KEY = '\u0002non-ascii';

export class HintMatcher {
  /** What found() can report: hints as written, any-case keys (see anyCaseKey), NON_ASCII_KEY. */
  readonly hints: readonly string[];
  /** Per hint, the text to check where its folded form is found; undefined for any-case hints. */
  private readonly exact: (string | undefined)[] = [];
  /** The folded texts the automaton looks for, and per one the hints it stands for. */
  private readonly patterns: string[] = [];
  private readonly hintsOf: number[][] = [];
  private readonly wantsNonAscii: boolean;
  private delta = new Int32Array(ALPHABET);
  /** Per state, the indexes of the patterns that end there (through failure links too); empty arrays are shared. */
  private out: number[][] = [[]];
  private readonly rows: Int32Array;
  private readonly ending: Uint8Array;

  constructor(hints: Iterable<string>) {
    const unique = [...new Set(hints)];
    this.wantsNonAscii = unique.includes(NON_ASCII_KEY);
    this.hints = unique.filter((h) => h !== NON_ASCII_KEY && /^\u0001?[\x00-\x7f]+$/.test(h) && h !== '\u0001');
    const patternIndex = new Map<string, number>();
    this.hints.forEach((hint, index) => {
      const anyCase = hint.startsWith('\u0001');
      const folded = (anyCase ? hint.slice(1) : hint).toLowerCase();
      this.exact.push(anyCase ? undefined : hint);
      let p = patternIndex.get(folded);
      if (p === undefined) {
        p = this.patterns.push(folded) - 1;
        patternIndex.set(folded, p);
        this.hintsOf.push([]);
      }
      this.hintsOf[p]!.push(index);
    });
    const fail = this.build();
    this.complete(fail);
    this.foldCase();
    // The scan's tables: transitions to a state's first slot (no multiply per character), and a flag per state.
    this.rows = this.delta.map((state) => state * ALPHABET);
    this.ending = Uint8Array.from(this.out, (ends) => (ends.length ? 1 : 0));
  }

  /** The hints that occur in `text`: as written, in any case for any-case keys, and NON_ASCII_KEY if asked for. */
  found(text: string): Set<string> {
    const seen = new Set<string>();
    let remaining = this.hints.length + (this.wantsNonAscii ? 1 : 0);
    if (remaining === 0) return seen;
    const { rows, ending, out, hintsOf, exact, hints } = this;
    let nonAscii = !this.wantsNonAscii; // true once there is nothing more to note about it
    let row = 0; // the current state's first slot in `rows`
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= ALPHABET) {
        row = 0;
        if (nonAscii) continue;
        nonAscii = true;
        seen.add(NON_ASCII_KEY);
        if (--remaining === 0) return seen;
        continue;
      }
      row = rows[row + code]!;
      if (ending[row >> ALPHABET_BITS] === 0) continue; // most characters end no hint
      for (const pattern of out[row >> ALPHABET_BITS]!) {
        for (const index of hintsOf[pattern]!) {
          const hint = hints[index]!;
          if (seen.has(hint)) continue;
          const written = exact[index];
          if (written !== undefined && !text.startsWith(written, i + 1 - written.length)) continue;
          seen.add(hint);
          if (--remaining === 0) return seen;
        }
      }
    }
    return seen;
  }

  /** The trie (goto function, -1 = none) of the folded patterns, and room for the failure links. */
  private build(): Int32Array {
    const goto: number[] = new Array<number>(ALPHABET).fill(-1);
    this.patterns.forEach((pattern, index) => {
      let state = 0;
      for (let i = 0; i < pattern.length; i++) {
        const slot = state * ALPHABET + pattern.charCodeAt(i);
        if (goto[slot] === -1) {
          goto[slot] = this.out.length;
          this.out.push([]);
          goto.push(...new Array<number>(ALPHABET).fill(-1));
        }
        state = goto[slot]!;
      }
      this.out[state] = [...this.out[state]!, index];
    });
    this.delta = Int32Array.from(goto);
    return new Int32Array(this.out.length);
  }

  /** Turns the trie into a DFA: missing transitions follow the failure link, outputs merge along it. */
  private complete(fail: Int32Array): void {
    const { delta } = this;
    const queue: number[] = [];
    for (let c = 0; c < ALPHABET; c++) {
      const s = delta[c]!;
      if (s === -1) delta[c] = 0;
      else queue.push(s);
    }
    for (let q = 0; q < queue.length; q++) {
      const state = queue[q]!;
      const failOut = this.out[fail[state]!]!;
      if (failOut.length) this.out[state] = [...this.out[state]!, ...failOut];
      for (let c = 0; c < ALPHABET; c++) {
        const slot = state * ALPHABET + c;
        const child = delta[slot]!;
        const viaFail = delta[fail[state]! * ALPHABET + c]!;
        if (child === -1) delta[slot] = viaFail;
        else {
          fail[child] = viaFail;
          queue.push(child);
        }
      }
    }
  }

  /** An upper-case letter moves the DFA as its lower-case letter does (the patterns are folded). */
  private foldCase(): void {
    const { delta } = this;
    const upper = 'A'.charCodeAt(0);
    const lower = 'a'.charCodeAt(0);
    for (let state = 0; state < this.out.length; state++)
      for (let letter = 0; letter < 26; letter++)
        delta[state * ALPHABET + upper + letter] = delta[state * ALPHABET + lower + letter]!;
  }
}

/**
 * The substrings a file must contain for the engine to dispatch any call to the `calls` key `key`, any one of
 * which makes a sound hint. A method key (`*.execute`) needs its method name at the call. A qualified key
 * (`yaml.load`) needs every one of its segments somewhere in the file: each comes either from the callee text or
 * from the import statement that bound the callee's head (src/analysis/python/call-name.ts). `*` (every call)
 * needs nothing, so a rule on it cannot be gated.
 */
export function callKeyHints(key: string): string[] {
  if (key === '*') return [];
  return key.startsWith('*.') ? [key.slice(2)] : key.split('.');
}

/** A rule's gate as hint keys: one of `any` (when given) and one of each group of `all`. */
export interface Gate {
  any?: readonly string[];
  all: readonly (readonly string[])[];
}

/** The key of one required text (see Rule.requires). */
function keyOf(text: RequiredText): string {
  if (typeof text === 'string') return text;
  return 'anyCase' in text ? anyCaseKey(text.anyCase) : NON_ASCII_KEY;
}

/** What a rule's file must hold, or undefined when the rule declares nothing and can fire anywhere. */
export function gateOf(rule: Pick<Rule, 'hints' | 'requires'>): Gate | undefined {
  if (!rule.hints && !rule.requires?.length) return undefined;
  return {
    ...(rule.hints ? { any: rule.hints } : {}),
    all: (rule.requires ?? []).map((group) => group.map(keyOf)),
  };
}

/** Whether a file with these hints found can hold something the gated rule reports. */
export function gateOpen(gate: Gate | undefined, found: ReadonlySet<string>): boolean {
  if (!gate) return true;
  if (gate.any && !gate.any.some((key) => found.has(key))) return false;
  return gate.all.every((group) => group.some((key) => found.has(key)));
}
