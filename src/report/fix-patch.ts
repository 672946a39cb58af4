// Turns an autofix (UTF-16 offset edits) into a unified diff of the file's lines, for the report's "Fix" field.
import type { Fix } from '../analysis/rule.js';

/** Lines of context around the changed lines, like `git diff -U2`. */
const CONTEXT = 2;

/** 0-based index of the line holding `offset`. */
function lineIndexAt(lineStarts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function lineStartsOf(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') starts.push(i + 1);
  return starts;
}

/** 1-based line and column of a UTF-16 offset. */
export function positionAt(
  source: string,
  offset: number,
  starts = lineStartsOf(source),
): { line: number; column: number } {
  const index = lineIndexAt(starts, offset);
  return { line: index + 1, column: offset - (starts[index] ?? 0) + 1 };
}

/**
 * A unified diff (`--- a/path`, `+++ b/path`, one hunk) of the lines the fix touches; undefined when the edits
 * do not fit the source (the file changed since the scan) or change nothing.
 */
export function fixPatch(path: string, source: string, fix: Fix): string | undefined {
  const edits = [...fix.edits].sort((a, b) => a.start - b.start);
  if (
    edits.length === 0 ||
    edits.some((e, i) => e.start > e.end || e.end > source.length || (i > 0 && e.start < (edits[i - 1]?.end ?? 0)))
  ) {
    return undefined;
  }
  const starts = lineStartsOf(source);
  const lines = source.split('\n');
  const first = lineIndexAt(starts, edits[0]!.start);
  const last = lineIndexAt(starts, edits[edits.length - 1]!.end);
  const regionStart = starts[first] ?? 0;
  const regionEnd = (starts[last] ?? 0) + (lines[last]?.length ?? 0);
  let replaced = source.slice(regionStart, regionEnd);
  for (const e of [...edits].reverse()) {
    replaced = replaced.slice(0, e.start - regionStart) + e.text + replaced.slice(e.end - regionStart);
  }
  const before = lines.slice(first, last + 1);
  const after = replaced.split('\n');
  if (before.join('\n') === after.join('\n')) return undefined;
  const ctxStart = Math.max(0, first - CONTEXT);
  const ctxEnd = Math.min(lines.length - 1, last + CONTEXT);
  const leading = lines.slice(ctxStart, first);
  const trailing = lines.slice(last + 1, ctxEnd + 1);
  const oldCount = leading.length + before.length + trailing.length;
  const newCount = leading.length + after.length + trailing.length;
  return [
    `--- a/${path}`,
    `+++ b/${path}`,
    `@@ -${ctxStart + 1},${oldCount} +${ctxStart + 1},${newCount} @@`,
    ...leading.map((l) => ` ${l}`),
    ...before.map((l) => `-${l}`),
    ...after.map((l) => `+${l}`),
    ...trailing.map((l) => ` ${l}`),
  ].join('\n');
}
