// Variable keys of the taint IR: a name (`x`), an attribute chain (`self.db.conn`) or a constant subscript
// (`d["k"]`, `l[0]`), shared by the expression, call, statement and guard readers.
import type { Node } from '../../syntax-node.js';
import { literalValue } from './literal-values.js';

/** Text of a name or a plain attribute chain (`self.db.conn`), usable as a variable key; undefined otherwise. */
export function keyOf(node: Node): string | undefined {
  if (node.type === 'identifier') return node.text;
  if (node.type !== 'attribute') return undefined;
  const object = node.childForFieldName('object');
  const attribute = node.childForFieldName('attribute');
  const base = object ? keyOf(object) : undefined;
  return base && attribute ? `${base}.${attribute.text}` : undefined;
}

/** `d['k']` for a constant string or integer index; undefined otherwise. */
export function subscriptKey(node: Node): string | undefined {
  const value = node.childForFieldName('value');
  const index = node.childForFieldName('subscript');
  const base = value ? keyOf(value) : undefined;
  if (!base || !index) return undefined;
  if (index.type === 'integer') return `${base}[${index.text}]`;
  if (index.type === 'string') return stringKey(base, index);
  return undefined;
}

/** `d['k']` whatever quotes the source used, so `d["k"] = v` and `d.get('k')` meet. */
export function stringKey(base: string, index: Node): string | undefined {
  const value = literalValue(index);
  return typeof value === 'string' ? `${base}[${JSON.stringify(value)}]` : undefined;
}
