// Whether an expression is text written in the source (a plain literal), as XSS rules need: escaping can only
// be skipped safely for markup the developer wrote, not for text that mixes in values.
import type { Node } from 'web-tree-sitter';

/** A string/bytes literal without interpolation, implicit concatenations of those, parenthesised. */
export function isPlainLiteral(node: Node | null | undefined): boolean {
  if (!node) return false;
  switch (node.type) {
    case 'string':
      return !node.namedChildren.some((c) => c?.type === 'interpolation');
    case 'concatenated_string':
      return node.namedChildren.every((c) => !c || c.type === 'comment' || isPlainLiteral(c));
    case 'parenthesized_expression':
      return isPlainLiteral(node.namedChildren[0]);
    default:
      return false;
  }
}

/**
 * A plain literal, or a variable that is only ever assigned plain literals in its function (or module) and is not
 * a parameter: `html = "<b>hi</b>"; mark_safe(html)` (Bandit B703 resolves these too).
 */
export function isLiteralBound(node: Node | null | undefined): boolean {
  if (!node) return false;
  if (node.type !== 'identifier') return isPlainLiteral(node);
  const name = node.text;
  let scope: Node | null = node.parent;
  while (scope && scope.type !== 'function_definition' && scope.type !== 'module') scope = scope.parent;
  if (!scope) return false;
  if (scope.type === 'function_definition' && isParameter(scope, name)) return false;
  let assigned = 0;
  for (const assignment of scope.descendantsOfType(['assignment', 'augmented_assignment', 'for_statement', 'with_item', 'named_expression'])) {
    if (!assignment) continue;
    const left = assignment.childForFieldName('left') ?? assignment.childForFieldName('name') ?? assignment.childForFieldName('value');
    if (!mentions(left, name)) continue;
    if (assignment.type !== 'assignment' || left?.type !== 'identifier') return false;
    if (!isPlainLiteral(assignment.childForFieldName('right'))) return false;
    assigned++;
  }
  return assigned > 0;
}

function isParameter(fn: Node, name: string): boolean {
  const params = fn.childForFieldName('parameters');
  return Boolean(params?.namedChildren.some((p) => p && (p.type === 'identifier' ? p.text : p.childForFieldName('name')?.text ?? p.namedChildren[0]?.text) === name));
}

function mentions(target: Node | null | undefined, name: string): boolean {
  if (!target) return false;
  if (target.type === 'identifier') return target.text === name;
  return target.descendantsOfType('identifier').some((id) => id?.text === name);
}
