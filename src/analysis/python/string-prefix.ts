// The constant text a computed string starts with (`f"http://{host}/x"` → `http://`), for URL and path checks.
// One definition for the rules and the taint extractor: a prefix that ran past a `%s` or `{}` placeholder would
// make `"http://%s/" % host` look like a fixed host.
import type { Node } from '../syntax-node.js';

/** A string literal's text up to its first interpolation (f-strings); escape sequences stay as written. */
function literalText(node: Node): string {
  let out = '';
  for (const child of node.namedChildren) {
    if (child?.type === 'interpolation') break;
    if (child?.type === 'string_content') out += child.text;
  }
  return out;
}

/** The text of a `%` or `.format` template before its first placeholder; a doubled `%%` or `{{` is literal. */
function templatePrefix(template: Node, placeholder: '%' | '{'): string {
  const text = literalText(template);
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== placeholder) continue;
    if (text[i + 1] !== placeholder) return text.slice(0, i);
    i++;
  }
  return text;
}

/**
 * The literal text before the first computed part of an f-string, `+` chain, `%` template or `.format` template
 * (parentheses see through); undefined when the expression does not start with a literal.
 */
export function constantPrefix(node: Node): string | undefined {
  switch (node.type) {
    case 'string':
      return literalText(node);
    case 'parenthesized_expression':
      return node.namedChildren[0] ? constantPrefix(node.namedChildren[0]) : undefined;
    case 'binary_operator': {
      const left = node.childForFieldName('left');
      const op = node.childForFieldName('operator')?.type;
      if (!left) return undefined;
      if (op === '%') return left.type === 'string' ? templatePrefix(left, '%') : undefined;
      return op === '+' ? constantPrefix(left) : undefined;
    }
    case 'call': {
      const fn = node.childForFieldName('function');
      if (fn?.type !== 'attribute' || fn.childForFieldName('attribute')?.text !== 'format') return undefined;
      const template = fn.childForFieldName('object');
      return template?.type === 'string' ? templatePrefix(template, '{') : undefined;
    }
    default:
      return undefined;
  }
}
