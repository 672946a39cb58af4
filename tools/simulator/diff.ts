// Line diff of two file versions, rendered like GitHub's `patch` field (unified hunks, 3 lines of context), plus
// the new-side lines a review comment may target (GitHub accepts comments only on lines inside a hunk).

export interface FileDiff {
  patch: string;
  additions: number;
  deletions: number;
  /** New-side line numbers inside the patch's hunks (added or context lines). */
  commentableLines: Set<number>;
}

type Op = { kind: ' ' | '+' | '-'; text: string; oldLine: number; newLine: number };

const CONTEXT = 3;

/** Diffs two texts line by line (LCS; the simulator's files are small). `undefined` = file absent. */
export function diffFiles(before: string | undefined, after: string | undefined): FileDiff {
  const ops = lineOps(splitLines(before), splitLines(after));
  const hunks = groupHunks(ops);
  const commentableLines = new Set<number>();
  const patch = hunks.map((hunk) => renderHunk(hunk, commentableLines)).join('\n');
  return {
    patch,
    additions: ops.filter((o) => o.kind === '+').length,
    deletions: ops.filter((o) => o.kind === '-').length,
    commentableLines,
  };
}

function splitLines(text: string | undefined): string[] {
  if (text === undefined || text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function lineOps(a: string[], b: string[]): Op[] {
  // lcs[i][j] = length of the longest common subsequence of a[i..] and b[j..]
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) ops.push({ kind: ' ', text: a[i]!, oldLine: ++i, newLine: ++j });
    // On a tie, removals come first, as in git's output.
    else if (i < a.length && (j >= b.length || lcs[i + 1]![j]! >= lcs[i]![j + 1]!))
      ops.push({ kind: '-', text: a[i]!, oldLine: ++i, newLine: j });
    else ops.push({ kind: '+', text: b[j]!, oldLine: i, newLine: ++j });
  }
  return ops;
}

/** Splits the ops into hunks: each change with up to 3 lines of context, close changes merged. */
function groupHunks(ops: Op[]): Op[][] {
  const changed = ops.map((o, index) => (o.kind === ' ' ? -1 : index)).filter((index) => index >= 0);
  const hunks: Op[][] = [];
  let start = -1;
  let end = -1;
  for (const index of changed) {
    if (start >= 0 && index - CONTEXT <= end + CONTEXT) {
      end = index;
      continue;
    }
    if (start >= 0) hunks.push(ops.slice(Math.max(0, start - CONTEXT), end + CONTEXT + 1));
    start = index;
    end = index;
  }
  if (start >= 0) hunks.push(ops.slice(Math.max(0, start - CONTEXT), end + CONTEXT + 1));
  return hunks;
}

function renderHunk(hunk: Op[], commentable: Set<number>): string {
  const oldLines = hunk.filter((o) => o.kind !== '+');
  const newLines = hunk.filter((o) => o.kind !== '-');
  const oldStart = oldLines.length ? oldLines[0]!.oldLine : hunk[0]!.oldLine;
  const newStart = newLines.length ? newLines[0]!.newLine : hunk[0]!.newLine;
  for (const line of newLines) commentable.add(line.newLine);
  const header = `@@ -${oldStart},${oldLines.length} +${newStart},${newLines.length} @@`;
  return [header, ...hunk.map((o) => `${o.kind}${o.text}`)].join('\n');
}
