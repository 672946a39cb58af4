// Which rules can fire on a file, decided by one pass over its text: every rule may declare `hints` (substrings
// of which at least one must occur for the rule to report anything), and an Aho–Corasick automaton built once per
// rule set finds all of them in a single scan — instead of each rule running its own regex over the source.
// The automaton is compiled to a flat DFA over ASCII (hints are ASCII; any other character resets it), so the
// scan is one typed-array lookup per character.

const ALPHABET_BITS = 7;
const ALPHABET = 1 << ALPHABET_BITS;

export class HintMatcher {
  readonly hints: readonly string[];
  private delta = new Int32Array(ALPHABET);
  /** Per state, the indexes of the hints that end there (through failure links too); empty arrays are shared. */
  private out: number[][] = [[]];
  private readonly rows: Int32Array;
  private readonly ending: Uint8Array;

  constructor(hints: Iterable<string>) {
    this.hints = [...new Set(hints)].filter((h) => h.length > 0 && /^[\x00-\x7f]+$/.test(h));
    const fail = this.build();
    this.complete(fail);
    // The scan's tables: transitions to a state's first slot (no multiply per character), and a flag per state.
    this.rows = this.delta.map((state) => state * ALPHABET);
    this.ending = Uint8Array.from(this.out, (ends) => (ends.length ? 1 : 0));
  }

  /** The hints that occur in `text` (case-sensitive). */
  found(text: string): Set<string> {
    const seen = new Set<string>();
    if (this.hints.length === 0) return seen;
    const { rows, ending, out } = this;
    let remaining = this.hints.length;
    let row = 0; // the current state's first slot in `rows`
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      row = code < ALPHABET ? rows[row + code]! : 0;
      if (ending[row >> ALPHABET_BITS] === 0) continue; // most characters end no hint
      for (const index of out[row >> ALPHABET_BITS]!) {
        const hint = this.hints[index]!;
        if (!seen.has(hint)) {
          seen.add(hint);
          if (--remaining === 0) return seen;
        }
      }
    }
    return seen;
  }

  /** The trie (goto function, -1 = none) and the failure links, breadth first. */
  private build(): Int32Array {
    const goto: number[] = new Array<number>(ALPHABET).fill(-1);
    this.hints.forEach((hint, index) => {
      let state = 0;
      for (let i = 0; i < hint.length; i++) {
        const slot = state * ALPHABET + hint.charCodeAt(i);
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
