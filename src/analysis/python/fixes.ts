// Building blocks for autofixes: text edits that rules combine into a Fix a reviewer can apply as it is.
import type { Node } from '../syntax-node.js';
import type { TextEdit } from '../rule.js';

export function replaceNode(node: Node, text: string): TextEdit {
  return { start: node.startIndex, end: node.endIndex, text };
}

/**
 * Removes one argument (positional or `name=value`) from its argument list with the comma that joins it, so
 * `f(a, shell=True)` becomes `f(a)` and `f(shell=True, b=1)` becomes `f(b=1)`.
 */
export function removeArgument(argument: Node, source: string): TextEdit {
  const node = argument.parent?.type === 'keyword_argument' ? argument.parent : argument;
  const list = node.parent;
  const siblings = list ? list.namedChildren.filter((c): c is Node => Boolean(c) && c?.type !== 'comment') : [node];
  const index = siblings.findIndex((s) => s.startIndex === node.startIndex);
  const prev = siblings[index - 1];
  const next = siblings[index + 1];
  if (prev) return { start: prev.endIndex, end: node.endIndex, text: '' };
  if (next) return { start: node.startIndex, end: next.startIndex, text: '' };
  // Only argument: also drop a trailing comma inside the parentheses.
  let end = node.endIndex;
  while (end < source.length && /[\s,]/.test(source[end] ?? '')) end++;
  return { start: node.startIndex, end: source[end] === ')' ? end : node.endIndex, text: '' };
}

/** Adds `text` (e.g. `timeout=30`) as the last argument of a call's argument list. */
export function appendArgument(argumentList: Node, text: string, source: string): TextEdit {
  const close = argumentList.endIndex - 1; // the ')' of the list
  let i = close - 1;
  while (i > argumentList.startIndex && /\s/.test(source[i] ?? '')) i--;
  const empty = i === argumentList.startIndex;
  const trailingComma = source[i] === ',';
  const insert = empty ? text : trailingComma ? ` ${text}` : `, ${text}`;
  return { start: i + 1, end: i + 1, text: insert };
}

const SHELL_META = /[|&;<>()$`\\"'*?[\]#~=%{}!\n]/;

/** Splits a constant shell command into argv when it uses no shell syntax at all; undefined otherwise. */
export function splitPlainCommand(command: string): string[] | undefined {
  if (SHELL_META.test(command)) return undefined;
  const parts = command.trim().split(/\s+/).filter(Boolean);
  return parts.length > 0 ? parts : undefined;
}

/** A Python string literal for `value` (double-quoted, escaped). */
export function pyStringLiteral(value: string): string {
  return JSON.stringify(value);
}

/** Applies edits (non-overlapping) to `source`. */
export function applyEdits(source: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  let out = source;
  for (const e of sorted) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
