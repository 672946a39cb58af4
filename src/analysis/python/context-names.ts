// Names that say what an expression is for: the variable it is assigned to, the keyword it is passed as, the
// function it is returned from or computed in (`token = random.choice(...)` inside `def make_reset_link`).
import type { Node } from '../syntax-node.js';

const STOP = new Set(['module', 'class_definition', 'block']);

/** Names around `node` up to its statement, plus the enclosing function's name; innermost first. */
export function contextNames(node: Node): string[] {
  const fnName = enclosingFunction(node)?.childForFieldName('name')?.text;
  return fnName ? [...localContextNames(node), fnName] : localContextNames(node);
}

/**
 * Names the value itself is given up to its statement (assigned to, passed as, stored under), without the
 * enclosing function's: strong enough to say what the value *is* (`password_hash = sha1(...)`), where the
 * function's name only says what the surrounding code is about.
 */
export function localContextNames(node: Node): string[] {
  const names: string[] = [];
  for (let cur: Node | null = node.parent; cur && !STOP.has(cur.type); cur = cur.parent) {
    if (cur.type === 'assignment' || cur.type === 'augmented_assignment') {
      const left = cur.childForFieldName('left');
      if (left) names.push(...targetNames(left));
    } else if (cur.type === 'keyword_argument') {
      const name = cur.childForFieldName('name')?.text;
      if (name) names.push(name);
    } else if (cur.type === 'pair') {
      const key = cur.childForFieldName('key');
      if (key?.type === 'string') names.push(key.text.replace(/^[a-z]*['"]+|['"]+$/gi, ''));
    } else if (cur.type === 'function_definition') break;
  }
  return names;
}

function targetNames(left: Node): string[] {
  if (left.type === 'identifier') return [left.text];
  if (left.type === 'attribute') return [left.childForFieldName('attribute')?.text ?? ''];
  if (left.type === 'subscript') {
    const key = left.childForFieldName('subscript');
    return key?.type === 'string' ? [key.text.replace(/^[a-z]*['"]+|['"]+$/gi, '')] : [];
  }
  if (left.type === 'pattern_list' || left.type === 'tuple_pattern') {
    return left.namedChildren.flatMap((c) => (c ? targetNames(c) : []));
  }
  return [];
}

/** The innermost function_definition containing `node` (or `node` itself when it is one). */
export function enclosingFunction(node: Node): Node | undefined {
  for (let cur: Node | null = node; cur; cur = cur.parent) {
    if (cur.type === 'function_definition') return cur;
    if (cur.type === 'class_definition' || cur.type === 'module') return undefined;
  }
  return undefined;
}
