// The constant start of a string-building expression, and whether it pins where a URL goes.
import type { Node } from 'web-tree-sitter';
import type { SinkKind } from '../kinds.js';

/** The literal text a computed string surely starts with (`f"https://api/{x}"` → `https://api/`). */
export function constantPrefix(node: Node): string {
  switch (node.type) {
    case 'string': {
      let out = '';
      for (const child of node.namedChildren) {
        if (child?.type === 'interpolation') return out;
        if (child?.type === 'string_content') out += child.text;
      }
      return out;
    }
    case 'binary_operator': {
      const left = node.childForFieldName('left');
      return left ? constantPrefix(left) : '';
    }
    case 'parenthesized_expression':
      return node.namedChildren[0] ? constantPrefix(node.namedChildren[0]) : '';
    case 'call': {
      const callee = node.childForFieldName('function');
      const object = callee?.type === 'attribute' ? callee.childForFieldName('object') : null;
      const method = callee?.childForFieldName('attribute')?.text;
      return object?.type === 'string' && method === 'format' ? constantPrefix(object) : '';
    }
    default:
      return '';
  }
}

/** A scheme, a host and a path separator (or, for redirects, a local path) fix the destination. */
export function pinsDestination(kind: SinkKind, prefix: string): boolean {
  if (/^[a-z][a-z0-9+.-]*:\/\/[^/?#@\\]+[/?#]/i.test(prefix)) return true;
  return kind === 'redirect' && /^\/[^/\\]/.test(prefix);
}
