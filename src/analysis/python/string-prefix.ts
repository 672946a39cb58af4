// The constant text a computed string starts with (`f"http://{host}/x"` → `http://`), for URL and path checks.
import type { Node } from 'web-tree-sitter';

/**
 * The literal text before the first computed part of an f-string, `+` chain, `%` template or `.format`
 * template; undefined when the expression does not start with a literal.
 */
export function constantPrefix(node: Node): string | undefined {
  if (node.type === 'string') {
    const content = node.child(1);
    if (content?.type === 'interpolation') return '';
    return content?.type === 'string_content' ? content.text.split(/%|\{/)[0] : undefined;
  }
  if (node.type === 'binary_operator') {
    const left = node.childForFieldName('left');
    const op = node.childForFieldName('operator')?.type;
    if (!left) return undefined;
    if (op === '%' && left.type === 'string') return constantPrefix(left);
    if (op === '+') return left.type === 'string' ? (left.child(1)?.text ?? '') : constantPrefix(left);
    return undefined;
  }
  if (node.type === 'call') {
    const fn = node.childForFieldName('function');
    if (fn?.type === 'attribute' && fn.childForFieldName('attribute')?.text === 'format') {
      const template = fn.childForFieldName('object');
      return template?.type === 'string' ? constantPrefix(template) : undefined;
    }
  }
  return undefined;
}
