// A span of the source text as a report target, for rules that find characters or phrases by offset (inside a
// multi-line string or comment, the finding must point at the line that holds them, not where the node starts).
import type { Node } from '../syntax-node.js';

/** 0-based row and column (UTF-16 units) of `index` in `source`. */
export function lineAndColumn(source: string, index: number): { row: number; column: number } {
  const before = source.slice(0, index);
  const row = (before.match(/\n/g) ?? []).length;
  return { row, column: index - (before.lastIndexOf('\n') + 1) };
}

/**
 * A span `length` units long at `index`, shaped like the parts of a Node that `report` reads. It must not cross
 * a line end (callers cut it at the end of the line).
 */
export function spanAt(source: string, index: number, length = 1): Node {
  const at = lineAndColumn(source, index);
  const lineEnd = source.indexOf('\n', index);
  const end = Math.min(index + Math.max(1, length), lineEnd === -1 ? source.length : lineEnd);
  const span = {
    startIndex: index,
    endIndex: end,
    startPosition: at,
    endPosition: { row: at.row, column: at.column + (end - index) },
  };
  return span as unknown as Node;
}
