// Where a node lives: module level, a class body or a function body (innermost wins).
import type { Node } from '../syntax-node.js';

export interface Scope {
  kind: 'module' | 'class' | 'function';
  /** Name of the innermost function or class; '' at module level. */
  name: string;
  /** The function_definition / class_definition node, absent at module level. */
  node?: Node;
  /** For a function: whether it is `async def`. */
  isAsync?: boolean;
}

export function scopeOf(node: Node): Scope {
  for (let cur = node.parent; cur; cur = cur.parent) {
    if (cur.type === 'function_definition') {
      const isAsync = cur.firstChild?.type === 'async';
      return { kind: 'function', name: cur.childForFieldName('name')?.text ?? '', node: cur, isAsync };
    }
    if (cur.type === 'class_definition') {
      return { kind: 'class', name: cur.childForFieldName('name')?.text ?? '', node: cur };
    }
  }
  return { kind: 'module', name: '' };
}
