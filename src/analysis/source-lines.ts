// A file's lines by number, as `source.split(/\r?\n/)` numbers and cuts them, without a string per line: a table of
// where each line starts, built once per text and shared by every reader of it (the engine's snippets, line count
// and fingerprints, the data-flow pass's call and sink texts, its suppression scan). Splitting every file for
// them allocated ~70 MB over the standard library, one string per line, for a few lines read.

export class SourceLines {
  /** Where each line starts; a line ends one before the next one's start (at its `\n`). */
  private readonly starts: Int32Array;

  constructor(readonly source: string) {
    let count = 1;
    for (let at = source.indexOf('\n'); at !== -1; at = source.indexOf('\n', at + 1)) count++;
    const starts = new Int32Array(count);
    let line = 1;
    for (let at = source.indexOf('\n'); at !== -1; at = source.indexOf('\n', at + 1)) starts[line++] = at + 1;
    this.starts = starts;
  }

  /** As many as `split(/\r?\n/)` gives. */
  get count(): number {
    return this.starts.length;
  }

  /** Line `n` (1-based) without its line break (a `\r` before the `\n` included); '' past either end. */
  line(n: number): string {
    const { starts, source } = this;
    if (!(n >= 1 && n <= starts.length)) return '';
    const start = starts[n - 1]!;
    if (n === starts.length) return source.slice(start);
    let end = starts[n]! - 1;
    if (end > start && source.charCodeAt(end - 1) === 13) end--;
    return source.slice(start, end);
  }

  /** Lines `first` to `last` that exist, joined by `\n`. */
  range(first: number, last: number): string {
    const end = Math.min(last, this.starts.length);
    if (first === end) return this.line(first);
    const out: string[] = [];
    for (let n = Math.max(first, 1); n <= end; n++) out.push(this.line(n));
    return out.join('\n');
  }
}

let latest: SourceLines | undefined;

/** The lines of `source`, remembered for the text analysed last (a thread analyses one file at a time). */
export function linesOf(source: string): SourceLines {
  if (latest?.source !== source) latest = new SourceLines(source);
  return latest;
}
